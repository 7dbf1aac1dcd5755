// Shared by the search page and the embeddable widget: safe DOM helpers and the suggestion
// combobox (ARIA 1.2 combobox with a listbox popup).
//
// Safety rule for every file of the page: text from the query or the corpus is only ever set
// with textContent. Snippets and suggestion highlights arrive HTML-escaped with <mark> around
// matches; appendMarked() turns them into text nodes and <mark> elements itself rather than
// handing them to innerHTML, so even a server bug could not make corpus text run.
(function () {
  'use strict';
  var ns = window.Medsearch = window.Medsearch || {};
  var comboboxes = 0;

  /** A new element with optional text (set as text, never as HTML) and class. */
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text != null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  var ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

  function decodeEntities(s) {
    return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, function (m, e) {
      if (e[0] === '#') {
        var code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
      }
      var named = ENTITIES[e.toLowerCase()];
      return named === undefined ? m : named;
    });
  }

  /**
   * Appends escaped text with <mark>…</mark> (the server's snippet format) to parent as text
   * nodes and <mark> elements. Any other markup stays visible as text.
   */
  function appendMarked(parent, escaped) {
    var inMark = false;
    String(escaped || '').split(/(<mark>|<\/mark>)/).forEach(function (part) {
      if (part === '<mark>') { inMark = true; return; }
      if (part === '</mark>') { inMark = false; return; }
      if (!part) return;
      var text = decodeEntities(part);
      parent.appendChild(inMark ? el('mark', text) : document.createTextNode(text));
    });
    return parent;
  }

  /** The URL when it is http(s), else null: corpus URLs such as javascript:… never become links. */
  function safeUrl(url, base) {
    if (!url) return null;
    try {
      var u = new URL(String(url), base || location.href);
      return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
    } catch (e) {
      return null;
    }
  }

  /** Link to the topic view; anchor is a section, resource or citation id such as "s2", "r1", "c3". */
  function topicHref(base, topicId, anchor, query) {
    var p = new URLSearchParams();
    p.set('topic', topicId);
    if (query) p.set('q', query);
    return (base || '') + '/?' + p.toString() + (anchor ? '#' + encodeURIComponent(anchor) : '');
  }

  /** Where a suggestion or hit id ("myoclonus#s2") leads: the topic view at that anchor. */
  function hrefForId(base, id, topic, query) {
    var hash = id.indexOf('#');
    var topicId = topic && topic.id ? topic.id : (hash >= 0 ? id.slice(0, hash) : id);
    return topicHref(base, topicId, hash >= 0 ? id.slice(hash + 1) : '', query);
  }

  var SUGGESTION_KINDS = { topic: 'Topic', alias: 'Also called', heading: 'Section', resource: 'Resource' };

  /**
   * Turns a text input into a combobox with suggestions from /api/suggest as the user types.
   * opts.base: origin of the service ('' on its own page); opts.container: where the listbox goes
   * (defaults to the input's parent, which should be position: relative); opts.onChoose(s, href).
   * Requests are debounced by 100 ms and a response is shown only if it answers the latest request.
   */
  function suggestBox(input, opts) {
    opts = opts || {};
    var base = opts.base || '';
    var id = (opts.idPrefix || 'ms-suggest') + '-' + (++comboboxes);
    var list = el('ul', null, opts.listClass || 'suggestions');
    list.id = id;
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', 'Suggestions');
    list.hidden = true;
    (opts.container || input.parentNode).appendChild(list);

    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', id);
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('autocomplete', 'off');

    var items = [];
    var active = -1;
    var latest = 0; // number of the latest request; older answers are dropped
    var timer = null;

    function open() {
      if (!items.length) return;
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      setActive(-1);
    }

    /** Forgets pending and in-flight requests, e.g. when the form is submitted. */
    function cancel() {
      clearTimeout(timer);
      latest++;
      close();
    }

    function setActive(i) {
      active = i;
      Array.prototype.forEach.call(list.children, function (li, j) {
        li.setAttribute('aria-selected', j === i ? 'true' : 'false');
      });
      if (i >= 0) {
        input.setAttribute('aria-activedescendant', list.children[i].id);
        list.children[i].scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function hrefFor(s) {
      return hrefForId(base, s.id || (s.topic && s.topic.id) || '', s.topic, null);
    }

    function choose(i) {
      var s = items[i];
      var href = hrefFor(s);
      cancel();
      if (opts.onChoose) opts.onChoose(s, href);
      else location.href = href;
    }

    function show(suggestions) {
      items = suggestions;
      list.replaceChildren();
      suggestions.forEach(function (s, i) {
        var li = el('li', null, 'suggestion');
        li.id = id + '-' + i;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        appendMarked(li.appendChild(el('span', null, 'suggestion-text')), s.highlighted || '');
        if (!s.highlighted) li.firstChild.textContent = s.text;
        var kind = SUGGESTION_KINDS[s.type] || s.type;
        var where = s.type !== 'topic' && s.topic && s.topic.title ? kind + ' · ' + s.topic.title : kind;
        li.appendChild(el('span', where, 'suggestion-kind'));
        li.addEventListener('mousedown', function (e) { e.preventDefault(); }); // keep focus in the input
        li.addEventListener('click', function () { choose(i); });
        list.appendChild(li);
      });
      active = -1;
      input.removeAttribute('aria-activedescendant');
      if (suggestions.length) open(); else close();
    }

    function request(q) {
      var mine = ++latest;
      fetch(base + '/api/suggest?q=' + encodeURIComponent(q) + '&size=' + (opts.size || 8))
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (body) {
          if (mine !== latest || !body || document.activeElement !== input) return;
          show(body.suggestions || []);
        })
        .catch(function () { /* suggestions are a convenience; the search itself reports errors */ });
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      var q = input.value.trim();
      if (!q) { latest++; items = []; close(); return; }
      timer = setTimeout(function () { request(q); }, 100);
    });

    input.addEventListener('keydown', function (e) {
      var expanded = !list.hidden;
      if (e.key === 'ArrowDown' || e.key === 'Down') {
        e.preventDefault();
        if (!expanded) { open(); if (items.length) setActive(0); return; }
        setActive((active + 1) % items.length);
      } else if (e.key === 'ArrowUp' || e.key === 'Up') {
        e.preventDefault();
        if (!expanded) { open(); if (items.length) setActive(items.length - 1); return; }
        setActive(active <= 0 ? items.length - 1 : active - 1);
      } else if (e.key === 'Enter') {
        if (expanded && active >= 0) { e.preventDefault(); choose(active); }
        else cancel(); // the form submits the typed text
      } else if (e.key === 'Escape' || e.key === 'Esc') {
        if (expanded) { e.preventDefault(); close(); }
        else if (input.value) { e.preventDefault(); input.value = ''; cancel(); }
      } else if (e.key === 'Tab') {
        close();
      }
    });

    input.addEventListener('blur', close);
    if (input.form) input.form.addEventListener('submit', cancel);

    return { close: cancel, list: list };
  }

  ns.el = el;
  ns.appendMarked = appendMarked;
  ns.safeUrl = safeUrl;
  ns.topicHref = topicHref;
  ns.hrefForId = hrefForId;
  ns.suggestBox = suggestBox;
})();
