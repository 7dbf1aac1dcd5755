// Embeddable search box. On any page:
//   <div data-medsearch></div>
//   <script src="http://host:port/widget.js"></script>
// Each [data-medsearch] element gets a labelled search box with suggestions as you type;
// submitting opens the results on the medsearch page, choosing a suggestion opens that topic.
// Options on the element: data-placeholder, data-label. The service is wherever this script came
// from; a page on another origin needs that origin in the service's CORS configuration.
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) return;
  var base = script.src.replace(/\/widget\.js(?:[?#].*)?$/, '');

  function load(src, done) {
    var s = document.createElement('script');
    s.src = base + src;
    s.onload = done;
    document.head.appendChild(s);
  }

  function stylesheet() {
    if (document.querySelector('link[data-medsearch-style]')) return;
    var link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = base + '/widget.css';
    link.setAttribute('data-medsearch-style', '');
    document.head.appendChild(link);
  }

  function build(host) {
    var ns = window.Medsearch;
    var el = ns.el;
    var form = el('form', null, 'medsearch-widget');
    form.setAttribute('role', 'search');
    form.action = base + '/';
    form.method = 'get';
    var id = 'medsearch-q-' + Math.random().toString(36).slice(2, 8);
    var label = el('label', host.getAttribute('data-label') || 'Search health topics', 'medsearch-label');
    label.htmlFor = id;
    var combo = el('div', null, 'medsearch-combo');
    var input = el('input', null, 'medsearch-input');
    input.id = id;
    input.name = 'q';
    input.type = 'search';
    input.placeholder = host.getAttribute('data-placeholder') || 'Search topics, resources and research';
    combo.appendChild(input);
    var button = el('button', 'Search', 'medsearch-button');
    button.type = 'submit';
    form.appendChild(label);
    form.appendChild(combo);
    form.appendChild(button);
    host.replaceChildren(form);
    ns.suggestBox(input, { base: base, container: combo, idPrefix: 'medsearch-suggest', listClass: 'medsearch-suggestions' });
    form.addEventListener('submit', function (e) {
      if (!input.value.trim()) e.preventDefault();
    });
  }

  function mount() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-medsearch]'), function (host) {
      if (host.getAttribute('data-medsearch-ready') !== null) return;
      host.setAttribute('data-medsearch-ready', '');
      build(host);
    });
  }

  function start() {
    stylesheet();
    if (window.Medsearch && window.Medsearch.suggestBox) mount();
    else load('/suggest.js', mount);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
