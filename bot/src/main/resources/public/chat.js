(function () {
  'use strict';
  var log = document.getElementById('log');
  var form = document.getElementById('composer');
  var input = document.getElementById('text');
  var sendButton = document.getElementById('send');
  var suggestions = document.getElementById('suggestions');
  var privacy = document.getElementById('privacy');
  var seen = {};
  var lastId = 0;
  var busy = false;

  function newSession() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  var session = localStorage.getItem('hotline.session');
  if (!session) {
    session = newSession();
    localStorage.setItem('hotline.session', session);
  }
  if (!localStorage.getItem('hotline.privacySeen')) {
    privacy.hidden = false;
  }
  document.getElementById('privacy-ok').addEventListener('click', function () {
    localStorage.setItem('hotline.privacySeen', '1');
    privacy.hidden = true;
    input.focus();
  });

  function show(text, who, id) {
    if (id) {
      if (seen[id]) { return seen[id]; } // already shown by the poll
      lastId = Math.max(lastId, id);
    }
    var div = document.createElement('div');
    div.className = 'msg ' + who;
    if (who === 'counselor') {
      var label = document.createElement('span');
      label.className = 'who';
      label.textContent = 'Konselor';
      div.appendChild(label);
    }
    div.appendChild(document.createTextNode(text));
    log.appendChild(div);
    log.scrollTop = log.scrollHeight;
    if (id) { seen[id] = div; }
    return div;
  }

  /** 👍/👎 under a topic answer: sent as "/nilai <messageId> 1|0", then both buttons are disabled. */
  function addRating(div, id) {
    var row = document.createElement('div');
    row.className = 'rate';
    [['1', '\uD83D\uDC4D', 'Jawaban ini membantu'], ['0', '\uD83D\uDC4E', 'Jawaban ini tidak membantu']].forEach(function (v) {
      var b = document.createElement('button');
      b.type = 'button';
      b.textContent = v[1];
      b.title = v[2];
      b.setAttribute('aria-label', v[2]);
      b.addEventListener('click', function () {
        if (busy) { return; }
        Array.prototype.forEach.call(row.querySelectorAll('button'), function (x) { x.disabled = true; });
        b.classList.add('chosen');
        send('/nilai ' + id + ' ' + v[0], v[1], true);
      });
      row.appendChild(b);
    });
    div.appendChild(row);
  }

  function showSuggestions(list) {
    suggestions.textContent = '';
    (list || []).forEach(function (s) {
      var b = document.createElement('button');
      b.type = 'button';
      b.textContent = s.label;
      // The quick-exit button under a reply does what the one in the header does: nothing of the chat stays on screen.
      b.addEventListener('click', s.payload === '/keluar' ? quickExit : function () { send(s.payload, s.label, true); });
      suggestions.appendChild(b);
    });
  }

  function send(text, shown, button) {
    if (busy || !text.trim()) { return; }
    busy = true;
    sendButton.disabled = true;
    show(shown || text, 'user');
    showSuggestions([]);
    fetch('/api/chat', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ session: session, text: text, button: !!button })
    }).then(function (res) {
      return res.json().then(function (body) { return { ok: res.ok, body: body }; });
    }).then(function (r) {
      if (!r.ok) {
        show(r.body.reply || r.body.error || 'Maaf, pesan tidak terkirim.', 'notice');
        return;
      }
      if (r.body.deleted) {
        log.textContent = '';
      }
      if (r.body.reply) {
        var div = show(r.body.reply, 'bot', r.body.messageId);
        if (r.body.rateable && !div.querySelector('.rate')) { addRating(div, r.body.messageId); }
      } else {
        lastId = Math.max(lastId, r.body.messageId || 0);
      }
      showSuggestions(r.body.suggestions);
      if (r.body.deleted) {
        localStorage.removeItem('hotline.session');
        session = newSession();
        localStorage.setItem('hotline.session', session);
        seen = {};
        lastId = 0;
      }
    }).catch(function () {
      show('Koneksi terputus. Coba kirim lagi.', 'notice');
    }).then(function () {
      busy = false;
      sendButton.disabled = false;
    });
  }

  function poll() {
    fetch('/api/chat/' + encodeURIComponent(session) + '/messages?after=' + lastId)
      .then(function (res) { return res.ok ? res.json() : { messages: [] }; })
      .then(function (body) {
        body.messages.forEach(function (m) { show(m.text, m.from === 'counselor' ? 'counselor' : 'bot', m.id); });
      })
      .catch(function () { /* offline: try again at the next tick */ });
  }
  setInterval(poll, 1500);

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var text = input.value;
    input.value = '';
    send(text);
  });
  input.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      form.requestSubmit();
    }
  });

  function quickExit() {
    log.textContent = '';
    suggestions.textContent = '';
    localStorage.removeItem('hotline.session');
    window.location.replace('about:blank');
  }
  document.getElementById('quick-exit').addEventListener('click', quickExit);

  show('Halo! Tulis pertanyaan Anda tentang kerja ke luar negeri, pulang ke Indonesia, atau ATENSI. ' +
    'Kalau Anda dalam bahaya, tulis saja, kami bantu.', 'bot');
})();
