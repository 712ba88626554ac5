// DOM helpers shared by the console's scripts (console.js, reports.js); loaded before them.
// Text goes into the page with textContent, never parsed as HTML.
window.HotlineDom = (function () {
  'use strict';

  function $(id) { return document.getElementById(id); }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  return { $: $, el: el };
})();
