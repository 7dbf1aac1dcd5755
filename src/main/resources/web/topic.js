// The topic view (/?topic=myoclonus#s2): a whole topic from /api/topics/{id} with an anchor per
// section (s1, s2, …), resource (r1, …) and citation (c1, …), matching the ids of search hits.
// Also the short citation format shared with the result list. All text is set with textContent.
(function () {
  'use strict';
  var ns = window.Medsearch = window.Medsearch || {};
  var el = ns.el;

  var TIERS = [
    ['basic', 'Basic information'], ['advanced', 'Advanced information'], ['research', 'Research'],
    ['other', 'Other articles'], ['support', 'Support groups'], ['video', 'Videos'],
    ['presentation', 'Presentations, quizzes and news']
  ];
  var TIER_LABELS = {};
  TIERS.forEach(function (t) { TIER_LABELS[t[0]] = t[1]; });

  function initials(given) {
    return String(given).split(/[\s.\-]+/).filter(Boolean).map(function (w) { return w[0].toUpperCase(); }).join('');
  }

  function year(csl) {
    var parts = csl.issued && csl.issued['date-parts'];
    return parts && parts[0] && parts[0][0] ? String(parts[0][0]) : '';
  }

  /**
   * A short Vancouver-style reference from a CSL-JSON item, e.g.
   * "Sharma CM, Nath K. Autosomal dominant cortical tremor. Ann Indian Acad Neurol. 2014;17(3):433-6."
   * The server's own formatted `reference` wins when present; an item with only `raw` (a citation
   * the parser could not structure) is shown as written.
   */
  function reference(csl, formatted) {
    if (formatted) return formatted;
    csl = csl || {};
    var authors = (csl.author || []).map(function (a) {
      return a.literal || [a.family, a.given ? initials(a.given) : ''].filter(Boolean).join(' ');
    }).filter(Boolean);
    if (authors.length > 6) authors = authors.slice(0, 6).concat('et al');
    var out = [];
    if (authors.length) out.push(authors.join(', ') + '.');
    if (csl.title) out.push(String(csl.title).replace(/[.\s]+$/, '') + '.');
    var container = csl['container-title-short'] || csl['container-title'];
    if (container) out.push(String(container).replace(/[.\s]+$/, '') + '.');
    var y = year(csl);
    var where = (y || '') + (csl.volume ? ';' + csl.volume : '') + (csl.issue ? '(' + csl.issue + ')' : '') +
        (csl.page ? ':' + csl.page : '');
    if (where) out.push(where + '.');
    if (!csl.title && !authors.length) return csl.raw || out.join(' ');
    return out.join(' ');
  }

  function doiUrl(csl) {
    return csl && csl.DOI ? 'https://doi.org/' + encodeURI(String(csl.DOI).trim()) : null;
  }

  /** A reference paragraph: the text plus a DOI link (or the item's URL) when it has one. */
  function referenceElement(csl, formatted, tag) {
    var p = el(tag || 'p', reference(csl, formatted), 'reference');
    var doi = doiUrl(csl);
    var link = doi || ns.safeUrl(csl && csl.URL);
    if (link) {
      p.appendChild(document.createTextNode(' '));
      var a = el('a', doi ? 'doi:' + csl.DOI : 'Link');
      a.href = link;
      a.rel = 'noopener noreferrer';
      p.appendChild(a);
    }
    return p;
  }

  function anchorLink(id, label) {
    var a = el('a', '#', 'anchor');
    a.href = '#' + encodeURIComponent(id);
    a.setAttribute('aria-label', 'Link to ' + label);
    return a;
  }

  /** Renders topic into container (emptied first). opts.query adds a link back to those results. */
  function renderTopic(container, topic, opts) {
    opts = opts || {};
    container.replaceChildren();
    if (opts.backHref) {
      var back = el('a', '← Back to results for “' + opts.query + '”', 'back');
      back.href = opts.backHref;
      back.setAttribute('data-nav', '');
      container.appendChild(back);
    }
    var h = el('h1', topic.title, 'topic-title');
    h.tabIndex = -1;
    container.appendChild(h);

    var meta = el('p', null, 'meta');
    var bits = [];
    if (topic.aliases && topic.aliases.length) bits.push('Also called: ' + topic.aliases.join(', '));
    if (topic.reviewed) bits.push('Last reviewed ' + topic.reviewed);
    if (topic.source) bits.push('Source: ' + topic.source);
    meta.textContent = bits.join(' · ');
    var original = ns.safeUrl(topic.url);
    if (original) {
      if (bits.length) meta.appendChild(document.createTextNode(' · '));
      var a = el('a', 'Original page');
      a.href = original;
      a.rel = 'noopener noreferrer';
      meta.appendChild(a);
    }
    if (meta.childNodes.length) container.appendChild(meta);

    (topic.sections || []).forEach(function (s, i) {
      var sec = el('section', null, 'topic-section');
      sec.id = s.id;
      sec.tabIndex = -1;
      var label = s.heading || 'section ' + (i + 1);
      if (s.heading) sec.appendChild(el('h2', s.heading));
      String(s.text || '').split(/\n\s*\n|\n/).filter(function (t) { return t.trim(); }).forEach(function (para) {
        sec.appendChild(el('p', para));
      });
      sec.appendChild(anchorLink(s.id, label));
      container.appendChild(sec);
    });

    var resources = topic.resources || [];
    if (resources.length) {
      var block = el('section', null, 'topic-resources');
      block.appendChild(el('h2', 'Resources'));
      TIERS.concat([['', '']]).forEach(function (t) {
        var inTier = [];
        resources.forEach(function (r, i) {
          var known = TIER_LABELS[r.tier] !== undefined;
          if (t[0] ? r.tier === t[0] : !known) inTier.push({ r: r, anchor: 'r' + (i + 1) });
        });
        if (!inTier.length) return;
        block.appendChild(el('h3', t[1] || 'More resources'));
        var ul = el('ul', null, 'resource-list');
        inTier.forEach(function (x) {
          var li = el('li');
          li.id = x.anchor;
          li.tabIndex = -1;
          var url = ns.safeUrl(x.r.url);
          var title = el(url ? 'a' : 'span', x.r.title);
          if (url) { title.href = url; title.rel = 'noopener noreferrer'; }
          li.appendChild(title);
          if (x.r.source) li.appendChild(el('span', ' — ' + x.r.source, 'source'));
          ul.appendChild(li);
        });
        block.appendChild(ul);
      });
      container.appendChild(block);
    }

    var citations = topic.citations || [];
    if (citations.length) {
      var cites = el('section', null, 'topic-citations');
      cites.appendChild(el('h2', 'Research citations'));
      var ol = el('ol', null, 'citation-list');
      citations.forEach(function (c, i) {
        var li = referenceElement(c, c.reference, 'li');
        li.id = 'c' + (i + 1);
        li.tabIndex = -1;
        ol.appendChild(li);
      });
      cites.appendChild(ol);
      container.appendChild(cites);
    }
  }

  /** Marks and scrolls to the element of the topic view named by anchor; false when there is none. */
  function showAnchor(container, anchor, focus) {
    Array.prototype.forEach.call(container.querySelectorAll('.linked'), function (e) { e.classList.remove('linked'); });
    if (!anchor) return false;
    var target = null;
    Array.prototype.some.call(container.querySelectorAll('[id]'), function (e) {
      if (e.id === anchor) { target = e; return true; }
      return false;
    });
    if (!target) return false;
    target.classList.add('linked');
    target.scrollIntoView({ block: 'start' });
    if (focus) target.focus({ preventScroll: true });
    return true;
  }

  ns.TIERS = TIERS;
  ns.TIER_LABELS = TIER_LABELS;
  ns.reference = reference;
  ns.doiUrl = doiUrl;
  ns.referenceElement = referenceElement;
  ns.renderTopic = renderTopic;
  ns.showAnchor = showAnchor;
})();
