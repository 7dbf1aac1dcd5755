// The search page. Everything it shows is in the address, so results are shareable and back and
// forward work:  /?q=myoclonus&type=section&tier=basic&page=2   search results
//                /?topic=myoclonus&q=hiccups#s1                 a topic, at one section
// Snippets are turned into text and <mark> elements by Medsearch.appendMarked; every other text
// is set with textContent, so nothing from the query or the corpus can run as HTML.
(function () {
  'use strict';
  var ns = window.Medsearch;
  var el = ns.el;
  var PAGE_SIZE = 10;

  var form = document.getElementById('search-form');
  var input = document.getElementById('q');
  var searchView = document.getElementById('search-view');
  var topicView = document.getElementById('topic-view');
  var home = document.getElementById('home');
  var facets = document.getElementById('facets');
  var status = document.getElementById('status');
  var results = document.getElementById('results');
  var pager = document.getElementById('pager');
  var resultsHeading = document.getElementById('results-heading');

  var TYPES = [['topic', 'Topics'], ['section', 'Sections'], ['resource', 'Resources'], ['citation', 'Citations']];
  var FACETS = [
    { dim: 'type', title: 'Type', values: TYPES },
    { dim: 'tier', title: 'Tier', values: ns.TIERS }
  ];

  var latestSearch = 0; // answers to older requests are dropped
  var shownTopic = null; // id of the topic in the topic view, so anchor changes do not reload it

  // ---- address <-> state ----------------------------------------------------------------------

  function readState() {
    var p = new URLSearchParams(location.search);
    var page = parseInt(p.get('page'), 10);
    return {
      q: (p.get('q') || '').trim(),
      type: p.getAll('type'),
      tier: p.getAll('tier'),
      page: page > 0 ? page : 1,
      topic: p.get('topic') || ''
    };
  }

  function urlFor(st) {
    var p = new URLSearchParams();
    if (st.topic) p.set('topic', st.topic);
    if (st.q) p.set('q', st.q);
    (st.type || []).forEach(function (t) { p.append('type', t); });
    (st.tier || []).forEach(function (t) { p.append('tier', t); });
    if (st.page > 1) p.set('page', String(st.page));
    var s = p.toString();
    return '/' + (s ? '?' + s : '');
  }

  function go(url, after) {
    history.pushState(null, '', url);
    route(after);
  }

  // ---- views ----------------------------------------------------------------------------------

  function showOnly(view) {
    home.hidden = view !== home;
    searchView.hidden = view !== searchView;
    topicView.hidden = view !== topicView;
  }

  /** after: 'results' moves focus to the results, 'topic' to the topic, anything else leaves it. */
  function route(after) {
    var st = readState();
    input.value = st.q;
    if (st.topic) {
      showTopic(st, after);
    } else if (st.q) {
      shownTopic = null;
      document.title = st.q + ' – medsearch';
      showOnly(searchView);
      search(st, after);
    } else {
      shownTopic = null;
      document.title = 'medsearch';
      showOnly(home);
    }
  }

  function fetchJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' } }).then(function (r) {
      return r.json().then(function (body) { return { ok: r.ok, body: body }; }, function () {
        return { ok: false, body: { error: { message: 'The search service answered ' + r.status + '.' } } };
      });
    });
  }

  function errorMessage(body) {
    return body && body.error && body.error.message ? body.error.message : 'The search failed.';
  }

  // ---- search results -------------------------------------------------------------------------

  function search(st, after) {
    var mine = ++latestSearch;
    var p = new URLSearchParams();
    p.set('q', st.q);
    st.type.forEach(function (t) { p.append('type', t); });
    st.tier.forEach(function (t) { p.append('tier', t); });
    p.set('page', String(st.page));
    p.set('size', String(PAGE_SIZE));
    searchView.setAttribute('aria-busy', 'true');
    fetchJson('/api/search?' + p.toString()).then(function (r) {
      if (mine !== latestSearch) return;
      searchView.removeAttribute('aria-busy');
      if (!r.ok) { showError(errorMessage(r.body)); return; }
      render(st, r.body);
      if (after === 'results') resultsHeading.focus();
      else if (after && after.facet) focusFacet(after.facet);
    }, function () {
      if (mine !== latestSearch) return;
      searchView.removeAttribute('aria-busy');
      showError('The search service did not answer. Check your connection and try again.');
    });
  }

  function showError(message) {
    facets.replaceChildren();
    pager.replaceChildren();
    status.textContent = '';
    var p = el('p', message, 'error');
    p.setAttribute('role', 'alert');
    results.replaceChildren(p);
  }

  function render(st, body) {
    var from = (body.page - 1) * body.size + 1;
    var to = from + body.hits.length - 1;
    status.textContent = body.total === 0 ? 'No results for “' + body.query + '”'
        : body.hits.length === 0 ? 'No results on page ' + body.page + ' of ' + body.total + ' results for “' + body.query + '”'
        : (body.total === 1 ? '1 result' : body.total + ' results') + ' for “' + body.query + '”' +
          (body.total > body.hits.length ? ' (' + from + '–' + to + ')' : '');
    renderFacets(st, body.facets || {});
    results.replaceChildren();
    if (body.did_you_mean) results.appendChild(didYouMean(st, body.did_you_mean));
    if (body.total > 0 && st.type.length === 1 && st.type[0] === 'citation') {
      // Citations only: offer the whole result set to a reference manager.
      results.appendChild(ns.citationExportLinks('q=' + encodeURIComponent(st.q), 'Export these citations:'));
    }
    if (body.total === 0) {
      results.appendChild(emptyState(st));
    } else {
      var groups = el('ol', null, 'groups');
      groupByTopic(body.hits).forEach(function (g) { groups.appendChild(renderGroup(st, g)); });
      results.appendChild(groups);
    }
    renderPager(st, body);
  }

  function didYouMean(st, corrected) {
    var p = el('p', 'Did you mean ', 'did-you-mean');
    var a = el('a', corrected);
    a.href = urlFor({ q: corrected, type: st.type, tier: st.tier, page: 1 });
    a.setAttribute('data-nav', 'results');
    p.appendChild(a);
    p.appendChild(document.createTextNode('?'));
    return p;
  }

  /** Hits of one page grouped by topic, groups in the order of their best hit. */
  function groupByTopic(hits) {
    var groups = [];
    var byId = {};
    hits.forEach(function (h) {
      var id = h.topic && h.topic.id ? h.topic.id : h.id;
      var g = byId[id];
      if (!g) {
        g = byId[id] = { id: id, title: h.topic && h.topic.title ? h.topic.title : h.title, topicHit: null, hits: [] };
        groups.push(g);
      }
      if (h.type === 'topic' && !g.topicHit) g.topicHit = h; else g.hits.push(h);
    });
    return groups;
  }

  function navLink(text, href, cls) {
    var a = el('a', text, cls);
    a.href = href;
    a.setAttribute('data-nav', 'topic');
    return a;
  }

  function snippet(h, cls) {
    return ns.appendMarked(el('p', null, cls || 'snippet'), h.snippet);
  }

  function renderGroup(st, g) {
    var li = el('li', null, 'group');
    var h = el('h2', null, 'group-title');
    h.appendChild(navLink(g.title, ns.topicHref('', g.id, '', st.q)));
    li.appendChild(h);
    if (g.topicHit && g.topicHit.snippet) li.appendChild(snippet(g.topicHit));
    if (g.hits.length) {
      var ul = el('ul', null, 'subhits');
      g.hits.forEach(function (hit) { ul.appendChild(renderSubHit(st, g, hit)); });
      li.appendChild(ul);
    }
    return li;
  }

  function plain(escaped) {
    return ns.appendMarked(document.createElement('span'), escaped).textContent.trim().replace(/\.$/, '');
  }

  function anchorOf(hit) {
    var i = hit.id.indexOf('#');
    return i >= 0 ? hit.id.slice(i + 1) : '';
  }

  function renderSubHit(st, g, hit) {
    var li = el('li', null, 'subhit subhit-' + hit.type);
    li.setAttribute('data-id', hit.id);
    var head = el('div', null, 'subhit-head');
    var kind = hit.type === 'section' ? 'Section'
        : hit.type === 'citation' ? 'Citation'
        : ns.TIER_LABELS[hit.tier] || (hit.tier ? hit.tier : hit.type);
    head.appendChild(el('span', kind, 'badge badge-' + (hit.type === 'resource' ? hit.tier : hit.type)));
    var deep = ns.topicHref('', g.id, anchorOf(hit), st.q);
    if (hit.type === 'section') {
      var n = anchorOf(hit).replace(/^s/, '');
      var label = hit.title && hit.title !== g.title ? hit.title : 'Section ' + n + ' of ' + g.title;
      head.appendChild(navLink(label, deep, 'deep-link'));
    } else if (hit.type === 'citation') {
      head.appendChild(navLink('In ' + g.title + ' research citations', deep, 'deep-link'));
    } else {
      var external = ns.safeUrl(hit.url);
      var title = el('a', hit.title, 'deep-link');
      title.href = external || deep;
      if (!external) title.setAttribute('data-nav', 'topic');
      head.appendChild(title);
    }
    li.appendChild(head);
    if (hit.type === 'citation') {
      var csl = hit.csl || {};
      if (hit.reference || csl.title || (csl.author && csl.author.length)) {
        li.appendChild(ns.referenceElement(csl, hit.reference));
        if (hit.snippet) li.appendChild(snippet(hit));
      } else {
        // Unstructured citation: the snippet is the reference as written, with the matches marked.
        var s = snippet(hit, 'snippet reference');
        var doi = ns.doiUrl(csl);
        if (doi) {
          s.appendChild(document.createTextNode(' '));
          var a = el('a', 'doi:' + csl.DOI);
          a.href = doi;
          a.rel = 'noopener noreferrer';
          s.appendChild(a);
        }
        li.appendChild(s);
      }
      li.appendChild(ns.citeControls(hit, st.q));
    } else if (hit.type === 'resource' && hit.snippet && plain(hit.snippet) === String(hit.title || '').trim().replace(/\.$/, '')) {
      // The snippet is the whole title: show the title once, with the matches marked.
      var link = head.lastChild;
      link.replaceChildren();
      ns.appendMarked(link, hit.snippet);
    } else if (hit.snippet) {
      li.appendChild(snippet(hit));
    }
    return li;
  }

  function emptyState(st) {
    var box = el('div', null, 'empty');
    box.appendChild(el('h2', 'Nothing matched your search'));
    var tips = el('ul', null, 'tips');
    var filtered = st.type.length || st.tier.length;
    if (filtered) {
      var li = el('li', 'The filters may be too narrow: ');
      var clear = el('a', 'search without filters');
      clear.href = urlFor({ q: st.q, type: [], tier: [], page: 1 });
      clear.setAttribute('data-nav', 'results');
      li.appendChild(clear);
      tips.appendChild(li);
    }
    tips.appendChild(el('li', 'Check the spelling, or try fewer or more general words.'));
    tips.appendChild(el('li', 'Search a symptom or condition, such as “hiccups” or “muscle jerks”.'));
    box.appendChild(tips);
    var related = el('div', null, 'related');
    box.appendChild(related);
    var mine = latestSearch;
    // Suggestions tolerate typos, so they offer topics for a misspelt query.
    fetchJson('/api/suggest?q=' + encodeURIComponent(st.q) + '&size=5').then(function (r) {
      if (mine !== latestSearch || !r.ok || !r.body.suggestions || !r.body.suggestions.length) return;
      related.appendChild(el('h3', 'Related topics'));
      var ul = el('ul', null, 'related-list');
      r.body.suggestions.forEach(function (s) {
        var item = el('li');
        var a = navLink('', ns.hrefForId('', s.id || s.topic.id, s.topic, st.q));
        ns.appendMarked(a, s.highlighted || '');
        if (!s.highlighted) a.textContent = s.text;
        item.appendChild(a);
        ul.appendChild(item);
      });
      related.appendChild(ul);
    }, function () {});
    return box;
  }

  // ---- facets ---------------------------------------------------------------------------------

  function renderFacets(st, counts) {
    facets.replaceChildren();
    var any = false;
    FACETS.forEach(function (f) {
      var c = counts[f.dim] || {};
      var selected = st[f.dim];
      var values = f.values.filter(function (v) { return c[v[0]] || selected.indexOf(v[0]) >= 0; });
      Object.keys(c).forEach(function (k) {
        if (!values.some(function (v) { return v[0] === k; })) values.push([k, k]);
      });
      if (!values.length) return;
      any = true;
      var group = el('div', null, 'facet-group');
      group.setAttribute('role', 'group');
      var h = el('h2', f.title);
      h.id = 'facet-' + f.dim;
      group.setAttribute('aria-labelledby', h.id);
      group.appendChild(h);
      var ul = el('ul', null, 'facet-list');
      values.forEach(function (v) {
        var on = selected.indexOf(v[0]) >= 0;
        var b = el('button', null, 'facet');
        b.type = 'button';
        b.setAttribute('aria-pressed', on ? 'true' : 'false');
        b.setAttribute('data-dim', f.dim);
        b.setAttribute('data-value', v[0]);
        b.appendChild(el('span', v[1], 'facet-label'));
        var count = el('span', String(c[v[0]] || 0), 'count');
        b.appendChild(count);
        b.addEventListener('click', function () { toggle(st, f.dim, v[0]); });
        var li = el('li');
        li.appendChild(b);
        ul.appendChild(li);
      });
      group.appendChild(ul);
      facets.appendChild(group);
    });
    if (st.type.length || st.tier.length) {
      var clear = el('button', 'Clear filters', 'clear-filters');
      clear.type = 'button';
      clear.addEventListener('click', function () {
        go(urlFor({ q: st.q, type: [], tier: [], page: 1 }), 'results');
      });
      facets.appendChild(clear);
    }
    facets.hidden = !any;
  }

  function toggle(st, dim, value) {
    var next = { q: st.q, type: st.type.slice(), tier: st.tier.slice(), page: 1 };
    var i = next[dim].indexOf(value);
    if (i >= 0) next[dim].splice(i, 1); else next[dim].push(value);
    go(urlFor(next), { facet: dim + ':' + value });
  }

  function focusFacet(key) {
    var parts = key.split(':');
    Array.prototype.some.call(facets.querySelectorAll('button.facet'), function (b) {
      if (b.getAttribute('data-dim') === parts[0] && b.getAttribute('data-value') === parts.slice(1).join(':')) {
        b.focus();
        return true;
      }
      return false;
    });
  }

  // ---- paging ---------------------------------------------------------------------------------

  function renderPager(st, body) {
    pager.replaceChildren();
    var pages = Math.ceil(Math.min(body.total, 1000) / body.size);
    if (pages <= 1) { pager.hidden = true; return; }
    pager.hidden = false;
    var ul = el('ul');
    function item(label, page, opts) {
      var li = el('li');
      if (page < 1 || page > pages || opts.current) {
        var span = el('span', label, opts.current ? 'current' : 'disabled');
        if (opts.current) span.setAttribute('aria-current', 'page');
        if (opts.name) span.setAttribute('aria-label', opts.name);
        li.appendChild(span);
      } else {
        var a = el('a', label, opts.cls);
        a.href = urlFor({ q: st.q, type: st.type, tier: st.tier, page: page });
        a.setAttribute('data-nav', 'results');
        if (opts.name) a.setAttribute('aria-label', opts.name);
        if (opts.rel) a.rel = opts.rel;
        li.appendChild(a);
      }
      ul.appendChild(li);
    }
    item('‹ Previous', body.page - 1, { rel: 'prev', cls: 'prev' });
    var first = Math.max(1, Math.min(body.page - 3, pages - 6));
    for (var n = first; n <= Math.min(pages, first + 6); n++) {
      item(String(n), n, { current: n === body.page, name: 'Page ' + n });
    }
    item('Next ›', body.page + 1, { rel: 'next', cls: 'next' });
    pager.appendChild(ul);
  }

  // ---- topic view -----------------------------------------------------------------------------

  function showTopic(st, after) {
    var anchor = decodeURIComponent(location.hash.slice(1));
    showOnly(topicView);
    if (shownTopic === st.topic + '\n' + st.q) {
      ns.showAnchor(topicView, anchor, after === 'topic');
      return;
    }
    var mine = ++latestSearch;
    topicView.setAttribute('aria-busy', 'true');
    fetchJson('/api/topics/' + encodeURIComponent(st.topic)).then(function (r) {
      if (mine !== latestSearch) return;
      topicView.removeAttribute('aria-busy');
      if (!r.ok) {
        shownTopic = null;
        var p = el('p', errorMessage(r.body), 'error');
        p.setAttribute('role', 'alert');
        topicView.replaceChildren(p);
        return;
      }
      shownTopic = st.topic + '\n' + st.q;
      document.title = r.body.title + ' – medsearch';
      ns.renderTopic(topicView, r.body, st.q ? { query: st.q, backHref: urlFor({ q: st.q, page: 1 }) } : {});
      if (!ns.showAnchor(topicView, anchor, after === 'topic')) {
        window.scrollTo(0, 0);
        if (after === 'topic') topicView.querySelector('.topic-title').focus();
      }
    }, function () {
      if (mine !== latestSearch) return;
      topicView.removeAttribute('aria-busy');
      topicView.replaceChildren(el('p', 'The search service did not answer.', 'error'));
    });
  }

  // ---- wiring ---------------------------------------------------------------------------------

  ns.suggestBox(input, {
    container: document.getElementById('combo'),
    onChoose: function (s, href) { go(href, 'topic'); }
  });

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var q = input.value.trim();
    go(urlFor({ q: q, type: [], tier: [], page: 1 }));
  });

  // Links inside the page change the address and the view without reloading; modified clicks
  // (new tab, new window) and links to other sites are left to the browser.
  document.addEventListener('click', function (e) {
    var a = e.target.closest && e.target.closest('a[data-nav]');
    if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    if (a.origin !== location.origin) return;
    e.preventDefault();
    go(a.pathname + a.search + a.hash, a.getAttribute('data-nav'));
  });

  window.addEventListener('popstate', function () { route(); });
  route();
})();
