(function () {
  'use strict';
  var form = document.getElementById('login-form');
  var error = document.getElementById('login-error');
  var button = document.getElementById('login-button');
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    error.hidden = true;
    button.disabled = true;
    fetch('/api/console/login', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        username: document.getElementById('username').value,
        password: document.getElementById('password').value
      })
    }).then(function (res) {
      if (res.ok) {
        window.location.replace('/console');
        return null;
      }
      return res.json().then(function (body) {
        error.textContent = body.error || 'Gagal masuk.';
        error.hidden = false;
      });
    }).catch(function () {
      error.textContent = 'Koneksi terputus. Coba lagi.';
      error.hidden = false;
    }).then(function () {
      button.disabled = false;
    });
  });
})();
