// The search page: reads ?q= from the address, calls /api/search and shows hits and tier facets.
// Snippets come from the server HTML-escaped with <mark> around matches; every other text is set
// with textContent, so nothing from the query or the corpus can run as HTML.
(function () {
  'use strict';
  var form = document.getElementById('search-form');
  var input = document.getElementById('q');
  var results = document.getElementById('results');
  var facets = document.getElementById('facets');

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text != null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  function render(body) {
    results.replaceChildren();
    facets.replaceChildren();
    results.appendChild(el('p', body.total + ' results', 'summary'));
    if (body.hits.length === 0) {
      results.appendChild(el('p', 'No results. Try fewer or other words.', 'empty'));
    }
    body.hits.forEach(function (h) {
      var div = el('article', null, 'hit');
      div.appendChild(el('h3', h.title));
      div.appendChild(el('div', [h.type, h.tier, h.topic && h.topic.title].filter(Boolean).join(' · '), 'meta'));
      if (h.snippet) {
        var p = el('p');
        p.innerHTML = h.snippet; // server-escaped, only <mark> tags
        div.appendChild(p);
      }
      results.appendChild(div);
    });
    var tiers = (body.facets && body.facets.tier) || {};
    if (Object.keys(tiers).length) {
      facets.appendChild(el('h2', 'Tier'));
      var ul = el('ul', null, 'facet-tier');
      Object.keys(tiers).forEach(function (t) {
        var li = el('li');
        li.appendChild(el('span', t));
        li.appendChild(el('span', String(tiers[t]), 'count'));
        ul.appendChild(li);
      });
      facets.appendChild(ul);
    }
  }

  function search(q) {
    if (!q) { results.replaceChildren(); facets.replaceChildren(); return; }
    fetch('/api/search?q=' + encodeURIComponent(q))
      .then(function (r) { return r.json().then(function (b) { return { ok: r.ok, body: b }; }); })
      .then(function (r) {
        if (!r.ok) {
          results.replaceChildren(el('p', r.body.error ? r.body.error.message : 'Search failed', 'error'));
          facets.replaceChildren();
          return;
        }
        render(r.body);
      })
      .catch(function () { results.replaceChildren(el('p', 'The search service did not answer.', 'error')); });
  }

  var q = new URLSearchParams(location.search).get('q') || '';
  input.value = q;
  search(q);
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var value = input.value.trim();
    history.pushState(null, '', value ? '/?q=' + encodeURIComponent(value) : '/');
    search(value);
  });
})();
