(function () {
  'use strict';
  // Every piece of conversation text is put into the page with textContent, never parsed as HTML.
  var PRIORITY = { emergency: 'Darurat', escalate: 'Eskalasi', request: 'Permintaan' };
  var STATUS = { open: 'Terbuka', claimed: 'Diklaim', closed: 'Ditutup' };
  var RANK = { emergency: 0, escalate: 1, request: 2 };
  var me = null;
  var SIGNS = {}; // sign id -> what a counselor reads ("tip.violence" -> its title), from /api/console/signs

  // When this browser last opened each case, kept across reloads (case ids and times only): the queue marks a case whose
  // person wrote after that, or after the case opened (not the message that opened it), with "Pesan baru".
  var SEEN_KEY = 'hotline-console-seen';
  var seen = {};
  try { seen = JSON.parse(localStorage.getItem(SEEN_KEY) || '{}') || {}; } catch (e) { seen = {}; }

  function markSeen(id, at) {
    if (!seen[id] || new Date(at) > new Date(seen[id])) { seen[id] = at; }
    var ids = Object.keys(seen);
    if (ids.length > 500) { // the oldest marks go: their cases are long closed
      ids.sort(function (a, b) { return new Date(seen[a]) - new Date(seen[b]); }).slice(0, ids.length - 500)
        .forEach(function (old) { delete seen[old]; });
    }
    try { localStorage.setItem(SEEN_KEY, JSON.stringify(seen)); } catch (e) { /* private mode: the mark lasts until reload */ }
  }


  function wroteSinceSeen(c) {
    return !!c.lastFromPerson && new Date(c.lastFromPerson) > new Date(seen[c.id] || c.openedAt);
  }

  /** A sign's tag: its label, with the id kept as a tooltip. */
  function signTag(id) {
    var tag = el('span', 'tag', SIGNS[id] || id);
    tag.title = id;
    return tag;
  }
  var cases = {};
  var current = null;
  var shownMessages = {};
  var liveBuffer = [];

  var $ = window.HotlineDom.$;
  var el = window.HotlineDom.el;

  function api(method, url, body) {
    var headers = { 'Accept': 'application/json' };
    if (method !== 'GET') { headers['X-CSRF-Token'] = me ? me.csrf : ''; }
    if (body !== undefined) { headers['Content-Type'] = 'application/json'; }
    return fetch(url, {
      method: method, credentials: 'same-origin', headers: headers,
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (res) {
      if (res.status === 401) {
        window.location.replace('/console/login');
        throw new Error('login');
      }
      if (res.status === 204) { return {}; }
      return res.json().then(function (data) {
        if (!res.ok) { throw new Error(data.error || ('HTTP ' + res.status)); }
        return data;
      });
    });
  }

  function time(iso) {
    if (!iso) { return ''; }
    var d = new Date(iso);
    return d.toLocaleString('id-ID', { day: '2-digit', month: 'short', hour: '2-digit', minute: '2-digit' });
  }

  function waited(c) {
    var s = c.status === 'closed' ? c.waitingSeconds : Math.max(0, (Date.now() - new Date(c.openedAt).getTime()) / 1000);
    var m = Math.floor(s / 60);
    return m < 60 ? m + ' mnt' : Math.floor(m / 60) + ' jam ' + (m % 60) + ' mnt';
  }

  function showError(id, err) {
    var p = $(id);
    if (!err) { p.hidden = true; return; }
    p.textContent = err.message || String(err);
    p.hidden = false;
  }

  // ---- queue ----
  function filterStatuses() {
    var v = $('status-filter').value;
    return v === 'all' ? ['open', 'claimed', 'closed'] : v.split(',');
  }

  function loadQueue() {
    return api('GET', '/api/console/cases?status=' + encodeURIComponent($('status-filter').value)).then(function (data) {
      cases = {};
      data.cases.forEach(function (c) { cases[c.id] = c; });

      renderQueue();
    }).catch(function () { /* shown on next update */ });
  }

  function renderQueue() {
    var list = $('queue');
    list.textContent = '';
    var wanted = filterStatuses();
    var items = Object.keys(cases).map(function (k) { return cases[k]; })
      .filter(function (c) { return wanted.indexOf(c.status) >= 0; })
      .sort(function (a, b) {
        return (RANK[a.priority] - RANK[b.priority]) || (new Date(a.openedAt) - new Date(b.openedAt)) || (a.id - b.id);
      });
    items.forEach(function (c) { list.appendChild(queueItem(c)); });
    $('queue-empty').hidden = items.length > 0;
  }

  function queueItem(c) {
    var li = el('li', 'case-item ' + c.priority + (current === c.id ? ' selected' : '') + (c.realert ? ' realert' : ''));
    li.dataset.id = c.id;
    li.tabIndex = 0;
    var top = el('div', 'row');
    top.appendChild(el('span', 'badge priority ' + c.priority, PRIORITY[c.priority] || c.priority));
    top.appendChild(el('span', 'case-no', '#' + c.id));
    top.appendChild(el('span', 'status ' + c.status, STATUS[c.status] + (c.claimedBy ? ' oleh ' + c.claimedBy : '')));
    li.appendChild(top);
    var ind = el('div', 'indicators');
    (c.indicators || []).forEach(function (i) { ind.appendChild(signTag(i)); });
    li.appendChild(ind);
    if (wroteSinceSeen(c)) { li.appendChild(el('div', 'unread', 'Pesan baru')); }
    li.appendChild(el('div', 'muted small', c.channel + ' \u00b7 ' + c.lang + ' \u00b7 menunggu ' + waited(c)));
    li.addEventListener('click', function () { openCase(c.id); });
    li.addEventListener('keydown', function (e) { if (e.key === 'Enter') { openCase(c.id); } });
    return li;
  }

  // ---- case view ----
  function openCase(id) {
    current = id;
    markSeen(id, new Date().toISOString());
    liveBuffer = [];
    showError('case-error', null);
    return api('GET', '/api/console/cases/' + id).then(function (f) {
      if (current !== id) { return; }
      cases[id] = Object.assign({}, cases[id] || {}, f.case);
      show('case');
      renderCaseHead(f.case);
      var conv = $('conversation');
      conv.textContent = '';
      shownMessages = {};
      f.messages.forEach(function (m) { addMessage(m, f.triggers); });
      // Messages that arrived live while the case was loading.
      liveBuffer.forEach(function (m) { addMessage(m, liveTriggers(m)); });
      renderList('notes', f.notes, function (n) { return [n.author + ', ' + time(n.at), n.text]; });
      renderList('consents', f.consents, consentLine);
      renderList('referrals', f.referrals, function (r) {
        return [r.referredBy + ', ' + time(r.at), 'Dirujuk ke ' + r.label + (r.note ? ': ' + r.note : '')];
      });
      renderQueue();
      conv.scrollTop = conv.scrollHeight;
    }).catch(function (err) { showError('case-error', err); });
  }

  function consentLine(c) {
    return [c.recordedBy + ', ' + time(c.at), (c.given ? 'Setuju dirujuk' : 'Menolak dirujuk') + (c.note ? ': ' + c.note : '')];
  }

  function renderCaseHead(c) {
    $('case-title').textContent = 'Kasus #' + c.id + ' \u2014 ' + (PRIORITY[c.priority] || c.priority);
    $('case-title').className = 'priority-title ' + c.priority;
    $('case-meta').textContent = STATUS[c.status] + (c.claimedBy ? ' oleh ' + c.claimedBy : '') + ' \u00b7 ' + c.channel +
      ' \u00b7 bahasa ' + c.lang + ' \u00b7 dibuka ' + time(c.openedAt) + (c.outcome ? ' \u00b7 hasil: ' + c.outcome : '');
    var ind = $('case-indicators');
    ind.textContent = '';
    (c.indicators || []).forEach(function (i) { ind.appendChild(signTag(i)); });
    var mine = c.status === 'claimed' && me && c.claimedBy === me.username;
    $('claim').hidden = c.status !== 'open';
    $('release').hidden = !(c.status === 'claimed' && (mine || me.role === 'admin'));
    $('close-case').hidden = c.status === 'closed' || (c.status === 'claimed' && !mine && me.role !== 'admin');
    $('close-outcome').hidden = $('close-case').hidden;
    $('reply-form').hidden = !mine;
  }

  function addMessage(m, triggers) {
    if (shownMessages[m.id]) { return; }
    shownMessages[m.id] = true;
    var who = m.from === 'counselor' ? 'counselor' : (m.direction === 'in' ? 'user' : 'bot');
    var div = el('div', 'msg ' + who + ((triggers || []).indexOf(m.id) >= 0 ? ' trigger' : ''));
    div.dataset.id = m.id;
    var label = who === 'user' ? 'Orang' : who === 'bot' ? 'Bot' : 'Konselor ' + (m.counselor || '');
    var meta = el('div', 'meta', label + ' \u00b7 ' + time(m.at));
    if (who === 'user' && m.intent) {
      meta.appendChild(el('span', 'reading', ' \u00b7 ' + (SIGNS[m.intent] || m.intent) + (m.confidence !== null ? ' (' + Math.round(m.confidence * 100) + '%)' : '') +
        (m.risk ? ' \u00b7 risiko ' + m.risk : '')));
    }
    div.appendChild(meta);
    div.appendChild(el('div', 'text', m.text));
    if (m.indicators && m.indicators.length) {
      var ind = el('div', 'indicators');
      m.indicators.forEach(function (i) { ind.appendChild(signTag(i)); });
      div.appendChild(ind);
    }
    var conv = $('conversation');
    var atBottom = conv.scrollHeight - conv.scrollTop - conv.clientHeight < 60;
    conv.appendChild(div);
    if (atBottom) { conv.scrollTop = conv.scrollHeight; }
  }

  // A live message read as a risk that opens a case is one the server adds to the case's triggers.
  function liveTriggers(m) {
    return m.direction === 'in' && (m.risk === 'escalate' || m.risk === 'emergency') ? [m.id] : [];
  }

  function renderList(id, items, line) {
    var ul = $(id);
    ul.textContent = '';
    items.forEach(function (it) {
      var parts = line(it);
      var li = el('li');
      li.appendChild(el('div', 'meta', parts[0]));
      li.appendChild(el('div', 'text', parts[1]));
      ul.appendChild(li);
    });
  }

  function caseAction(path, body) {
    showError('case-error', null);
    var id = current;
    return api('POST', '/api/console/cases/' + id + '/' + path, body).then(function (r) {
      return openCase(id).then(function () { return r; });
    }).catch(function (err) { showError('case-error', err); });
  }

  // ---- live updates ----
  function connect() {
    var source = new EventSource('/api/console/events');
    source.addEventListener('hello', function () { $('live').className = 'live on'; });
    source.onerror = function () { $('live').className = 'live off'; };
    source.addEventListener('case', function (e) {
      var data = JSON.parse(e.data);
      var c = data.case;
      var old = cases[c.id];
      c.realert = data.event === 'realert' || (old && old.realert && c.status === 'open');
      c.lastFromPerson = old ? old.lastFromPerson : null;
      cases[c.id] = c;
      if (data.event === 'realert') {
        alertBanner('DARURAT: kasus #' + c.id + ' belum diklaim selama ' + waited(c) + '!');
      } else if (data.event === 'opened' && c.priority === 'emergency') {
        alertBanner('Kasus darurat baru: #' + c.id);
      } else if (data.event === 'reprioritised' && c.priority === 'emergency' && !(old && old.priority === 'emergency')) {
        alertBanner('Kasus #' + c.id + ' naik menjadi DARURAT' + (c.claimedBy ? ' (dipegang ' + c.claimedBy + ')' : '') + '!');
      }
      renderQueue();
      if (current === c.id && $('case-pane').hidden === false) { renderCaseHead(c); }
    });
    source.addEventListener('message', function (e) {
      var data = JSON.parse(e.data);
      if (data.message.direction === 'in' && cases[data.caseId]) {
        cases[data.caseId].lastFromPerson = data.message.at;
      }
      if (current === data.caseId) {
        liveBuffer.push(data.message);
        if (!$('case-pane').hidden) {
          addMessage(data.message, liveTriggers(data.message));
          markSeen(data.caseId, data.message.at); // read as it arrives
        }
      }
      renderQueue();
    });
    source.addEventListener('deleted', function (e) {
      var data = JSON.parse(e.data);
      Object.keys(cases).forEach(function (k) {
        if (cases[k].conversationId === data.conversationId) {
          var mine = current === cases[k].id || (me && cases[k].claimedBy === me.username);
          if (data.by === 'person' && mine) {
            alertBanner('Kasus #' + cases[k].id + ' dihapus: orang itu menghapus datanya sendiri. Balasan tidak bisa dikirim lagi.');
          }
          if (current === cases[k].id) { current = null; show('queue'); }
          delete cases[k];
        }
      });
      renderQueue();
    });
  }

  function alertBanner(text) {
    $('alert-text').textContent = text;
    $('alert').hidden = false;
  }

  // ---- admin ----
  function loadAdmin() {
    showError('admin-error', null);
    api('GET', '/api/console/accounts').then(function (d) {
      var body = $('accounts');
      body.textContent = '';
      d.accounts.forEach(function (a) {
        var tr = el('tr');
        tr.appendChild(el('td', '', a.username));
        tr.appendChild(el('td', '', a.role === 'admin' ? 'Admin' : 'Konselor'));
        tr.appendChild(el('td', '', (a.active ? 'Aktif' : 'Nonaktif') + (a.locked ? ' (terkunci)' : '')));
        var td = el('td');
        var toggle = el('button', '', a.active ? 'Nonaktifkan' : 'Aktifkan');
        toggle.type = 'button';
        toggle.addEventListener('click', function () {
          adminCall('POST', '/api/console/accounts/' + a.id + (a.active ? '/disable' : '/enable'));
        });
        var reset = el('button', '', 'Atur ulang sandi');
        reset.type = 'button';
        reset.addEventListener('click', function () {
          var pw = window.prompt('Kata sandi baru untuk ' + a.username + ' (min. 10 karakter):');
          if (pw) { adminCall('POST', '/api/console/accounts/' + a.id + '/password', { password: pw }); }
        });
        td.appendChild(toggle);
        td.appendChild(reset);
        tr.appendChild(td);
        body.appendChild(tr);
      });
    }).catch(function (err) { showError('admin-error', err); });
    loadCannedAdmin();
    api('GET', '/api/console/audit?limit=200').then(function (d) {
      var body = $('audit');
      body.textContent = '';
      d.entries.forEach(function (e) {
        var tr = el('tr');
        [time(e.at), e.actor, e.action, e.caseId, e.conversationId, e.detail].forEach(function (v) {
          tr.appendChild(el('td', '', v === null || v === undefined ? '' : v));
        });
        body.appendChild(tr);
      });
    }).catch(function (err) { showError('admin-error', err); });
  }

  function loadCannedAdmin() {
    api('GET', '/api/console/canned').then(function (d) {
      var ul = $('canned-admin');
      ul.textContent = '';
      d.replies.forEach(function (r) {
        var li = el('li', 'canned-edit');
        var title = el('input');
        title.value = r.title;
        title.maxLength = 80;
        var text = el('textarea');
        text.value = r.text;
        text.rows = 2;
        var save = el('button', '', 'Simpan');
        save.type = 'button';
        save.addEventListener('click', function () {
          adminCall('PUT', '/api/console/canned/' + r.id, { title: title.value, text: text.value });
        });
        var del = el('button', '', 'Hapus');
        del.type = 'button';
        del.addEventListener('click', function () { adminCall('DELETE', '/api/console/canned/' + r.id); });
        [title, text, save, del].forEach(function (x) { li.appendChild(x); });
        ul.appendChild(li);
      });
    }).catch(function (err) { showError('admin-error', err); });
  }

  function adminCall(method, url, body) {
    return api(method, url, body).then(function () { loadAdmin(); loadCanned(); })
      .catch(function (err) { showError('admin-error', err); });
  }

  function loadCanned() {
    return api('GET', '/api/console/canned').then(function (d) {
      var sel = $('canned');
      while (sel.options.length > 1) { sel.remove(1); }
      d.replies.forEach(function (r) {
        var o = el('option', '', r.title);
        o.value = r.text;
        sel.appendChild(o);
      });
    }).catch(function () { /* optional */ });
  }

  function show(which) {
    var other = which === 'admin' || which === 'reports';
    $('queue-pane').hidden = other;
    $('case-pane').hidden = which !== 'case';
    $('admin-pane').hidden = which !== 'admin';
    $('reports-pane').hidden = which !== 'reports';
    document.body.classList.toggle('viewing-case', which === 'case');
    $('nav-queue').classList.toggle('active', !other);
    $('nav-admin').classList.toggle('active', which === 'admin');
    $('nav-reports').classList.toggle('active', which === 'reports');
  }

  function loadReports() {
    window.HotlineReports.load(api, me);
  }

  function wire() {
    $('status-filter').addEventListener('change', loadQueue);
    $('back').addEventListener('click', function () { current = null; show('queue'); renderQueue(); });
    $('nav-queue').addEventListener('click', function () { show(current ? 'case' : 'queue'); });
    $('nav-admin').addEventListener('click', function () { show('admin'); loadAdmin(); });
    $('nav-reports').addEventListener('click', function () { show('reports'); loadReports(); });
    $('report-days').addEventListener('change', loadReports);
    $('report-refresh').addEventListener('click', loadReports);
    $('alert-dismiss').addEventListener('click', function () { $('alert').hidden = true; });
    $('logout').addEventListener('click', function () {
      api('POST', '/api/console/logout').then(function () { window.location.replace('/console/login'); });
    });
    $('claim').addEventListener('click', function () { caseAction('claim'); });
    $('release').addEventListener('click', function () { caseAction('release'); });
    $('close-case').addEventListener('click', function () {
      if (window.confirm('Tutup kasus ini? Bot akan menjawab orangnya lagi.')) {
        caseAction('close', { outcome: $('close-outcome').value });
      }
    });
    $('canned').addEventListener('change', function () {
      if (this.value) { $('reply-text').value = this.value; this.value = ''; $('reply-text').focus(); }
    });
    $('reply-form').addEventListener('submit', function (e) {
      e.preventDefault();
      var text = $('reply-text').value;
      if (!text.trim()) { return; }
      showError('case-error', null);
      api('POST', '/api/console/cases/' + current + '/messages', { text: text }).then(function (m) {
        $('reply-text').value = '';
        addMessage(m, []);
      }).catch(function (err) { showError('case-error', err); });
    });
    $('reply-text').addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); $('reply-form').requestSubmit(); }
    });
    $('note-form').addEventListener('submit', function (e) {
      e.preventDefault();
      caseAction('notes', { text: $('note-text').value }).then(function (r) { if (r) { $('note-text').value = ''; } });
    });
    $('consent-yes').addEventListener('click', function () { consent(true); });
    $('consent-no').addEventListener('click', function () { consent(false); });
    $('refer').addEventListener('click', function () {
      caseAction('referrals', { service: $('referral-service').value, note: $('referral-note').value || null })
        .then(function (r) { if (r) { $('referral-note').value = ''; } });
    });
    $('account-form').addEventListener('submit', function (e) {
      e.preventDefault();
      adminCall('POST', '/api/console/accounts', {
        username: $('account-name').value, password: $('account-password').value, role: $('account-role').value
      }).then(function () { $('account-password').value = ''; });
    });
    $('canned-form').addEventListener('submit', function (e) {
      e.preventDefault();
      adminCall('POST', '/api/console/canned', { title: $('canned-title').value, text: $('canned-text').value })
        .then(function () { $('canned-title').value = ''; $('canned-text').value = ''; });
    });
    setInterval(renderQueue, 30000);
  }

  function consent(given) {
    caseAction('consent', { given: given, note: $('consent-note').value || null })
      .then(function (r) { if (r) { $('consent-note').value = ''; } });
  }

  function fillSelect(id, items) {
    var sel = $(id);
    items.forEach(function (it) {
      var o = el('option', '', it.label);
      o.value = it.id;
      sel.appendChild(o);
    });
  }

  api('GET', '/api/console/me').then(function (m) {
    me = m;
    $('me').textContent = m.username + ' (' + (m.role === 'admin' ? 'admin' : 'konselor') + ')';
    $('nav-admin').hidden = m.role !== 'admin';
    $('nav-reports').hidden = m.role !== 'admin';
    fillSelect('close-outcome', m.outcomes);
    fillSelect('referral-service', m.services);
    api('GET', '/api/console/signs').then(function (r) { SIGNS = r.signs || {}; renderQueue(); }).catch(function () {});
    wire();
    connect();
    loadCanned();
    loadQueue();
  });
})();
