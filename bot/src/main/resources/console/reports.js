// The console's "Laporan" tab (admins only): numbers, small hand-drawn SVG bar charts, unanswered questions, CSV links.
// Every text from the server goes into the page with textContent, never as HTML.
(function () {
  'use strict';
  var SVG = 'http://www.w3.org/2000/svg';
  var PRIORITY = { emergency: 'Darurat', escalate: 'Eskalasi', request: 'Permintaan konselor' };
  var OUTCOME = { clarified: 'Bot bertanya balik', not_understood: 'Bot tidak mengerti' };
  var CSV = [['messages', 'Pesan per hari'], ['intents', 'Topik'], ['fallback', 'Tingkat gagal paham'],
    ['unanswered', 'Pertanyaan belum terjawab'], ['escalations', 'Eskalasi per prioritas'],
    ['indicators', 'Eskalasi per indikator'], ['case-times', 'Waktu klaim & tutup'], ['outcomes', 'Hasil kasus'],
    ['referrals', 'Rujukan'], ['feedback', 'Umpan balik']];

  var $ = window.HotlineDom.$;
  var el = window.HotlineDom.el;

  function svg(tag, attrs, text) {
    var e = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) { e.textContent = String(text); }
    return e;
  }

  function duration(seconds) {
    if (seconds === null || seconds === undefined) { return '–'; }
    var m = Math.round(seconds / 60);
    if (m < 60) { return m + ' mnt'; }
    return Math.floor(m / 60) + ' jam ' + (m % 60) + ' mnt';
  }

  function percent(rate) {
    return (Math.round(rate * 1000) / 10).toLocaleString('id-ID') + '%';
  }

  /** Vertical bars, one per day: inbound messages; the title of each bar tells the numbers. */
  function dayChart(days) {
    var w = 640, h = 160, pad = 20, max = 1;
    days.forEach(function (d) { max = Math.max(max, d.inbound); });
    var bw = (w - pad) / days.length;
    var s = svg('svg', { viewBox: '0 0 ' + w + ' ' + (h + 24), class: 'chart', role: 'img',
      'aria-label': 'Pesan masuk per hari' });
    s.appendChild(svg('text', { x: 0, y: 12, class: 'axis' }, max));
    s.appendChild(svg('line', { x1: pad, y1: h, x2: w, y2: h, class: 'base' }));
    days.forEach(function (d, i) {
      var bh = Math.round((h - 16) * d.inbound / max);
      var bar = svg('rect', { x: pad + i * bw + 1, y: h - bh, width: Math.max(1, bw - 2), height: bh, class: 'bar' });
      bar.appendChild(svg('title', {}, d.day + ': ' + d.inbound + ' masuk, ' + d.outbound + ' keluar, ' + d.users + ' pengguna'));
      s.appendChild(bar);
    });
    s.appendChild(svg('text', { x: pad, y: h + 18, class: 'axis' }, days.length ? days[0].day : ''));
    s.appendChild(svg('text', { x: w, y: h + 18, class: 'axis', 'text-anchor': 'end' },
      days.length ? days[days.length - 1].day : ''));
    return s;
  }

  /** Horizontal bars with the label on the left and the count on the right. */
  function barList(items, label) {
    if (!items.length) { return el('p', 'muted', 'Belum ada data.'); }
    var row = 22, w = 640, left = 230, max = 1;
    items.forEach(function (it) { max = Math.max(max, it.count); });
    var s = svg('svg', { viewBox: '0 0 ' + w + ' ' + (items.length * row + 4), class: 'chart', role: 'img' });
    items.forEach(function (it, i) {
      var y = i * row + 2, bw = Math.max(2, Math.round((w - left - 50) * it.count / max));
      s.appendChild(svg('text', { x: left - 6, y: y + 15, 'text-anchor': 'end', class: 'label' }, label(it.key)));
      s.appendChild(svg('rect', { x: left, y: y + 3, width: bw, height: row - 8, class: 'bar' }));
      s.appendChild(svg('text', { x: left + bw + 6, y: y + 15, class: 'label' }, it.count));
    });
    return s;
  }

  function table(id, head, rows) {
    var t = $(id);
    t.textContent = '';
    var tr = el('tr');
    head.forEach(function (h) { tr.appendChild(el('th', '', h)); });
    t.appendChild(tr);
    if (!rows.length) {
      var empty = el('tr');
      var td = el('td', 'muted', 'Belum ada data.');
      td.colSpan = head.length;
      empty.appendChild(td);
      t.appendChild(empty);
    }
    rows.forEach(function (r) {
      var row = el('tr');
      r.forEach(function (v) { row.appendChild(el('td', '', v)); });
      t.appendChild(row);
    });
  }

  function labels(list) {
    var out = {};
    (list || []).forEach(function (x) { out[x.id] = x.label; });
    return out;
  }

  function render(r, me) {
    var outcomes = labels(me.outcomes), services = labels(me.services);
    $('report-range').textContent = r.from + ' s.d. ' + r.to + ' (' + r.zone + ')';
    $('report-inbound').textContent = r.inbound;
    $('report-outbound').textContent = r.outbound;
    $('report-users').textContent = r.users;
    $('report-fallback-rate').textContent = percent(r.fallbackRate);
    $('report-fallback-detail').textContent = r.fallbacks + ' dari ' + r.questions + ' pertanyaan';
    $('report-escalations').textContent = r.escalations;
    $('report-claim').textContent = duration(r.timeToClaim.medianSeconds) + ' / ' + duration(r.timeToClaim.p90Seconds);
    $('report-close').textContent = duration(r.timeToClose.medianSeconds) + ' / ' + duration(r.timeToClose.p90Seconds);
    $('report-days-chart').replaceChildren(dayChart(r.perDay));
    $('report-intents').replaceChildren(barList(r.intents, function (k) { return k; }));
    $('report-indicators').replaceChildren(barList(r.indicators, function (k) { return k || '(tanpa indikator)'; }));
    var ul = $('report-unanswered');
    ul.textContent = '';
    r.unanswered.forEach(function (u) {
      var li = el('li');
      li.appendChild(el('div', 'meta', new Date(u.at).toLocaleString('id-ID') + ' · ' + (OUTCOME[u.outcome] || u.outcome)
        + (u.guess ? ' · tebakan: ' + u.guess : '')));
      li.appendChild(el('div', 'unanswered-text', u.text));
      ul.appendChild(li);
    });
    $('report-unanswered-empty').hidden = r.unanswered.length > 0;
    table('report-priorities', ['Prioritas', 'Jumlah'], r.priorities.map(function (c) { return [PRIORITY[c.key] || c.key, c.count]; }));
    table('report-outcomes', ['Hasil', 'Jumlah'], r.outcomes.map(function (c) { return [outcomes[c.key] || c.key, c.count]; }));
    table('report-referrals', ['Layanan', 'Jumlah'], r.referrals.map(function (c) { return [services[c.key] || c.key, c.count]; }));
    table('report-feedback', ['Topik', '👍', '👎'], r.feedback.map(function (f) { return [f.intent, f.helpful, f.unhelpful]; }));
  }

  function csvLinks(days) {
    var ul = $('report-csv');
    ul.textContent = '';
    CSV.forEach(function (c) {
      var li = el('li');
      var a = el('a', '', c[1]);
      a.href = '/api/console/reports/' + c[0] + '.csv?days=' + days;
      a.setAttribute('download', 'laporan-' + c[0] + '.csv');
      li.appendChild(a);
      ul.appendChild(li);
    });
  }

  window.HotlineReports = {
    load: function (api, me) {
      var days = $('report-days').value;
      $('report-error').hidden = true;
      csvLinks(days);
      return api('GET', '/api/console/reports?days=' + encodeURIComponent(days)).then(function (r) {
        render(r, me);
        $('report-body').hidden = false;
      }).catch(function (err) {
        $('report-error').textContent = err.message || String(err);
        $('report-error').hidden = false;
      });
    }
  };
})();
