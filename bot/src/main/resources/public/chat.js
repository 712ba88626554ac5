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
  var historyShown = false;
  var shownCode = null; // the resume code last shown on this page

  /** The page's own words; the bot's replies come in the person's language from the server. */
  var TEXTS = {
    id: {
      title: 'Layanan Informasi Pekerja Migran',
      exit: 'Keluar cepat', exitTitle: 'Tutup dan hapus tampilan chat ini',
      privacy: ['Privasi.', ' Kami menyimpan pesan Anda dan topik yang kami pahami, supaya bisa membantu dan memperbaiki ' +
        'layanan. Pesan hanya dibaca konselor kalau Anda minta bantuan atau kalau ada tanda bahaya. Anda bisa menghapus ' +
        'data Anda kapan saja dengan menulis ', '. Berapa lama data disimpan: tulis /privasi.'],
      privacyOk: 'Saya mengerti', label: 'Pesan', placeholder: 'Tulis pertanyaan Anda...', send: 'Kirim',
      counselor: 'Konselor', helpful: 'Jawaban ini membantu', unhelpful: 'Jawaban ini tidak membantu',
      notSent: 'Maaf, pesan tidak terkirim.', offline: 'Koneksi terputus. Coba kirim lagi.',
      greeting: 'Halo! Tulis pertanyaan Anda tentang kerja ke luar negeri, pulang ke Indonesia, atau ATENSI. ' +
        'Kalau Anda dalam bahaya, tulis saja, kami bantu.',
      resumeCode: 'Kode chat Anda: {code}. Kalau Anda menekan Keluar cepat, nanti buka lagi halaman ini dan tulis ' +
        '/lanjut {code} untuk membaca balasan konselor. Ingat kode ini.'
    },
    en: {
      title: 'Migrant Worker Information Service',
      exit: 'Quick exit', exitTitle: 'Close this chat and clear it from the screen',
      privacy: ['Privacy.', ' We keep your messages and the topics we understood, so we can help you and improve the ' +
        'service. A counselor reads your messages only if you ask for help or if there are signs of danger. You can ' +
        'delete your data at any time by writing ', '. How long data is kept: write /privacy.'],
      privacyOk: 'I understand', label: 'Message', placeholder: 'Write your question...', send: 'Send',
      counselor: 'Counselor', helpful: 'This answer helped', unhelpful: 'This answer did not help',
      notSent: 'Sorry, the message was not sent.', offline: 'Connection lost. Please send again.',
      greeting: 'Hello! Write your question about working abroad, coming home to Indonesia, or ATENSI. ' +
        'If you are in danger, just write, we will help.',
      resumeCode: 'Your chat code: {code}. If you press Quick exit, open this page again later and write ' +
        '/lanjut {code} to read the counselor\'s replies. Remember this code.'
    }
  };
  var lang = localStorage.getItem('hotline.lang') || 'id'; // Indonesian until the person writes in English
  var greeting = null;

  function t(key) { return TEXTS[lang][key]; }

  /** Puts the page's words in the language the person reads (the server says which after each message). */
  function applyLanguage(next) {
    if (!TEXTS[next]) { return; }
    lang = next;
    // only English is remembered: Indonesian is the default, so a page nobody wrote in English keeps nothing
    if (lang === 'id') { localStorage.removeItem('hotline.lang'); } else { localStorage.setItem('hotline.lang', lang); }
    document.documentElement.lang = lang;
    document.title = t('title');
    document.querySelector('header h1').textContent = t('title');
    var exit = document.getElementById('quick-exit');
    exit.textContent = t('exit');
    exit.title = t('exitTitle');
    var p = privacy.querySelector('p');
    p.textContent = '';
    var strong = document.createElement('strong');
    strong.textContent = t('privacy')[0];
    var code = document.createElement('code');
    code.textContent = '/hapus';
    p.appendChild(strong);
    p.appendChild(document.createTextNode(t('privacy')[1]));
    p.appendChild(code);
    p.appendChild(document.createTextNode(t('privacy')[2]));
    document.getElementById('privacy-ok').textContent = t('privacyOk');
    document.querySelector('label[for="text"]').textContent = t('label');
    input.placeholder = t('placeholder');
    sendButton.textContent = t('send');
    if (greeting) { greeting.textContent = t('greeting'); }
  }

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

  var pinned = null; // a long reply kept in view from its start until the person writes or a counselor answers

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
      label.textContent = t('counselor');
      div.appendChild(label);
    }
    appendWithPhoneLinks(div, text, who !== 'user');
    log.appendChild(div);
    if (who === 'user' || who === 'counselor') {
      pinned = null;
    } else if (!pinned && div.offsetHeight > log.clientHeight * 0.7) {
      pinned = div; // a long reply (help lines first, then the answer): its start stays on screen, not its end
    }
    log.scrollTop = pinned ? pinned.offsetTop - log.offsetTop - 8 : log.scrollHeight;
    if (id) { seen[id] = div; }
    return div;
  }

  /**
   * Phone numbers in the bot's and counselor's texts become tap-to-call links ("+62 812 9007 0027", "0800-1000",
   * "(021) 2780 8211", "08111-129-129", and a short line such as 110 or 129 after ":" or "telepon"). Built as DOM
   * nodes: the text itself is never parsed as HTML.
   */
  var PHONE = /\+62[\d -]{6,16}\d|\(0\d{1,3}\) ?\d[\d -]{4,10}\d|\b0\d{2,4}-\d[\d-]{1,10}\d\b|\b08\d{8,11}\b|(?:^|(?<=: |telepon |call |lapor polisi |LPSK ))1\d{2}\b(?![\/.,]\d)/g;
  function appendWithPhoneLinks(div, text, link) {
    if (!link) { div.appendChild(document.createTextNode(text)); return; }
    var at = 0;
    text.replace(PHONE, function (number, offset) {
      div.appendChild(document.createTextNode(text.slice(at, offset)));
      var a = document.createElement('a');
      a.href = 'tel:' + number.replace(/[^\d+]/g, '');
      a.textContent = number;
      div.appendChild(a);
      at = offset + number.length;
      return number;
    });
    div.appendChild(document.createTextNode(text.slice(at)));
  }

  /** 👍/👎 under a topic answer: sent as "/nilai <messageId> 1|0", then both buttons are disabled. */
  function addRating(div, id) {
    var row = document.createElement('div');
    row.className = 'rate';
    [['1', '\uD83D\uDC4D', t('helpful')], ['0', '\uD83D\uDC4E', t('unhelpful')]].forEach(function (v) {
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
        if (r.body.reply && r.body.messageId) { // danger over the limit: a stored bot reply, shown once with its buttons
          show(r.body.reply, 'bot', r.body.messageId);
          showSuggestions(r.body.suggestions);
        } else {
          show(r.body.reply || t('notSent'), 'notice');
        }
        return;
      }
      if (r.body.lang) { applyLanguage(r.body.lang); }
      if (r.body.deleted) {
        log.textContent = '';
        greeting = null;
      }
      if (r.body.reply && !r.body.resume) {
        var div = show(r.body.reply, 'bot', r.body.messageId);
        if (r.body.rateable && !div.querySelector('.rate')) { addRating(div, r.body.messageId); }
      } else {
        lastId = Math.max(lastId, r.body.messageId || 0);
      }
      showSuggestions(r.body.suggestions);
      if (r.body.resumeCode && r.body.resumeCode !== shownCode) { // a case: how to come back to it after a quick exit
        shownCode = r.body.resumeCode;
        show(t('resumeCode').split('{code}').join(shownCode), 'resume');
      }
      if (r.body.resume) { // "/lanjut CODE": this page now shows that conversation, from its start
        log.textContent = '';
        greeting = null;
        switchTo(r.body.resume);
        show(r.body.reply, 'notice');
        historyShown = false;
        poll();
      }
      if (r.body.deleted) {
        switchTo(newSession());
      }
    }).catch(function () {
      show(t('offline'), 'notice');
    }).then(function () {
      busy = false;
      sendButton.disabled = false;
    });
  }

  /** Another session from now on: a new one after /hapus, or the one a resume code was given to. */
  function switchTo(next) {
    session = next;
    localStorage.setItem('hotline.session', session);
    seen = {};
    lastId = 0;
  }

  /**
   * Fetches what the bot and counselors sent since the last message shown. The first call after the page opens also
   * asks for the person's own messages (typed, and pressed buttons by their label) and the last reply's buttons, so a
   * reopened page shows the whole conversation in order and the person can go on where they were.
   */
  var polling = false;
  function poll() {
    if (polling) { return; }
    polling = true;
    var history = !historyShown;
    fetch('/api/chat/' + encodeURIComponent(session) + '/messages?after=' + lastId + (history ? '&history=1' : ''))
      .then(function (res) { return res.ok ? res.json() : { messages: [] }; })
      .then(function (body) {
        if (history) {
          historyShown = !body.more; // a long conversation: the next tick asks for the rest of it
          if (body.lang) { applyLanguage(body.lang); }
        }
        body.messages.forEach(function (m) {
          show(m.text, m.from === 'user' ? 'user' : m.from === 'counselor' ? 'counselor' : 'bot', m.id);
        });
        if (history && body.suggestions) { showSuggestions(body.suggestions); } // the last reply's buttons, still usable
      })
      .catch(function () { /* offline: try again at the next tick */ })
      .then(function () {
        polling = false;
        if (history && historyShown && busy) { // sending waits for the whole history, so a message is never shown twice
          busy = false;
          sendButton.disabled = false;
        }
      });
  }
  setInterval(poll, 1500);

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    if (busy) { return; } // the text stays in the box until the page can send it
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
    localStorage.removeItem('hotline.lang'); // nothing may show the page was used, not even its language
    window.location.replace('about:blank');
  }
  document.getElementById('quick-exit').addEventListener('click', quickExit);

  greeting = show(t('greeting'), 'bot');
  applyLanguage(lang);
  busy = true;
  sendButton.disabled = true;
  poll();
})();
