// "Cite" for citation hits: the reference in Vancouver, AMA and APA (formatted by the server's CSL
// processor), every topic citing the work, and export links (BibTeX, RIS, CSL-JSON) for reference
// managers. Loaded lazily from /api/citations?id=... when the panel is first opened. All text is
// set with textContent.
(function () {
  'use strict';
  var ns = window.Medsearch = window.Medsearch || {};
  var el = ns.el;
  var STYLES = [['vancouver', 'Vancouver'], ['ama', 'AMA'], ['apa', 'APA']];
  var FORMATS = [['bibtex', 'BibTeX', 'bib'], ['ris', 'RIS', 'ris'], ['csl-json', 'CSL-JSON', 'json']];
  var panels = 0;

  /** Export links for the citations an /api/citations query string selects. */
  function exportLinks(query, label) {
    var p = el('p', label ? label + ' ' : null, 'export');
    FORMATS.forEach(function (f, i) {
      if (i) p.appendChild(document.createTextNode(' · '));
      var a = el('a', f[1], 'export-' + f[0]);
      a.href = '/api/citations?' + query + '&format=' + f[0];
      a.setAttribute('download', 'citations.' + f[2]);
      p.appendChild(a);
    });
    return p;
  }

  function copyButton(text, label) {
    var b = el('button', 'Copy', 'copy');
    b.type = 'button';
    b.setAttribute('aria-label', 'Copy the ' + label + ' reference');
    b.addEventListener('click', function () {
      if (navigator.clipboard) {
        navigator.clipboard.writeText(text).then(function () { b.textContent = 'Copied'; }, function () {});
      }
    });
    return b;
  }

  function fill(panel, hit, body, query) {
    panel.replaceChildren();
    var h = body.hits && body.hits[0];
    if (!h) { panel.appendChild(el('p', 'This citation is no longer in the index.', 'error')); return; }
    panel.appendChild(el('h3', 'Cite as'));
    var dl = el('dl', null, 'cite-as');
    STYLES.forEach(function (s) {
      var text = h.cite_as && h.cite_as[s[0]];
      if (!text) return;
      dl.appendChild(el('dt', s[1]));
      var dd = el('dd', null, 'cite-' + s[0]);
      dd.appendChild(el('span', text, 'cite-text'));
      dd.appendChild(document.createTextNode(' '));
      dd.appendChild(copyButton(text, s[1]));
      dl.appendChild(dd);
    });
    panel.appendChild(dl);
    var topics = el('p', 'Cited on: ', 'cited-on');
    (h.topics || []).forEach(function (t, i) {
      if (i) topics.appendChild(document.createTextNode(', '));
      var anchor = t.citation && t.citation.indexOf('#') >= 0 ? t.citation.slice(t.citation.indexOf('#') + 1) : '';
      var a = el('a', t.title || t.id);
      a.href = ns.topicHref('', t.id, anchor, query);
      a.setAttribute('data-nav', 'topic');
      topics.appendChild(a);
    });
    panel.appendChild(topics);
    panel.appendChild(exportLinks('id=' + encodeURIComponent(hit.id), 'Export:'));
  }

  /** A "Cite" button and its panel, for one citation hit of /api/search or /api/citations. */
  function citeControls(hit, query) {
    var box = el('div', null, 'cite');
    var button = el('button', 'Cite', 'cite-toggle');
    button.type = 'button';
    var panel = el('div', null, 'cite-panel');
    panel.id = 'cite-panel-' + (++panels);
    panel.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-controls', panel.id);
    var loaded = false;
    button.addEventListener('click', function () {
      var open = panel.hidden;
      panel.hidden = !open;
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
      if (!open || loaded) return;
      loaded = true;
      panel.replaceChildren(el('p', 'Loading…', 'status'));
      fetch('/api/citations?id=' + encodeURIComponent(hit.id) + '&cite=vancouver,ama,apa', {
        headers: { Accept: 'application/json' }
      }).then(function (r) { return r.json(); }).then(function (body) {
        if (body.error) { panel.replaceChildren(el('p', body.error.message, 'error')); loaded = false; return; }
        fill(panel, hit, body, query);
      }, function () {
        loaded = false;
        panel.replaceChildren(el('p', 'The search service did not answer.', 'error'));
      });
    });
    box.appendChild(button);
    box.appendChild(panel);
    return box;
  }

  ns.citeControls = citeControls;
  ns.citationExportLinks = exportLinks;
})();
