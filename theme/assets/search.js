// Full-text search over the handbook, entirely in the browser.
// The index (assets/search-index.js) is made at build time; see SearchIndexBuilder.cs for its shape.
// Text for snippets lives in shards (assets/search/text-N.js), loaded with a <script> tag when needed,
// because fetch() of local files is blocked when the site is opened from disk.
(function () {
  'use strict';

  var data = window.HandbookSearchIndex;
  var input = document.getElementById('search-input');
  var list = document.getElementById('search-results');
  if (!data || !input || !list) return;

  var FIELD_BITS = 6;
  var FIELD_MASK = (1 << FIELD_BITS) - 1;
  // Weight of a match by field: title, metrics, trade-off, summary, facets, body.
  var FIELD_WEIGHTS = [[1, 10], [2, 8], [4, 5], [8, 4], [16, 3], [32, 1]];
  var PREFIX_FACTOR = 0.6;    // a prefix match counts less than the whole word
  var MAX_EXPANSION = 200;    // most index terms one typed prefix may stand for
  var TOKEN_CACHE_SIZE = 64;  // tokens whose scores are kept
  var PAGE_SIZE = 20;         // results drawn at once; "Show more" draws the next page
  var SNIPPET_LENGTH = 180;   // characters of context around the first match
  var SNIPPET_LEAD = 60;      // characters shown before the first match

  var stop = new Set(data.stop);
  var docs = data.docs;
  var terms = data.terms;
  var decoded = new Array(terms.length);
  var texts = {};             // shard number -> array of [heading, anchor, text][] per story
  var requested = {};
  var assetsBase = document.currentScript.src.replace(/search\.js([?#].*)?$/, '');
  var siteRoot = assetsBase.replace(/assets\/$/, '');
  var facetNames = { l: 'Level', c: 'Competency', p: 'Question pattern' };
  var facetOrder = ['l', 'c', 'p'];
  var weightOf = new Float64Array(1 << FIELD_BITS);
  for (var mask = 0; mask < weightOf.length; mask++) {
    for (var w = 0; w < FIELD_WEIGHTS.length; w++) {
      if (mask & FIELD_WEIGHTS[w][0]) { weightOf[mask] = FIELD_WEIGHTS[w][1]; break; }
    }
  }

  var state = { query: '', filters: { l: new Set(), c: new Set(), p: new Set() }, active: -1, shown: PAGE_SIZE };
  var tokenCache = new Map();
  var wordCache = new Map();  // text -> its words, each [start, end, normalized form], computed once
  var status = document.getElementById('search-status');
  var facetsBox = document.getElementById('facets');
  var countSpans = { l: [], c: [], p: [] };
  var checkboxes = { l: [], c: [], p: [] };
  var labels = { l: [], c: [], p: [] };

  // Same rules as SearchTokenizer.cs: lower case, no accents, letters and digits, no stop words.
  function normalize(text) {
    return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  }

  function tokenize(text) {
    return normalize(text).split(/[^\p{L}\p{N}]+/u).filter(function (t) {
      return t.length >= 2 && !stop.has(t);
    });
  }

  function postings(termIndex) {
    var cached = decoded[termIndex];
    if (cached) return cached;
    var encoded = data.post[termIndex];
    var out = new Int32Array(encoded.length * 2);
    var doc = 0;
    for (var i = 0; i < encoded.length; i++) {
      doc += encoded[i] >> FIELD_BITS;
      out[2 * i] = doc;
      out[2 * i + 1] = encoded[i] & FIELD_MASK;
    }
    decoded[termIndex] = out;
    return out;
  }

  function lowerBound(token) {
    var lo = 0;
    var hi = terms.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (terms[mid] < token) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  // Each story's best score for one token (as a whole word or as a prefix). Cached, because while a
  // user types "connection p", the scores of "connection" are asked for again on every keystroke.
  function scoreToken(token) {
    var cached = tokenCache.get(token);
    if (cached) return cached;
    var tokenScores = new Map();
    var start = lowerBound(token);
    for (var j = start; j < terms.length && j - start < MAX_EXPANSION && terms[j].startsWith(token); j++) {
      var factor = terms[j] === token ? 1 : PREFIX_FACTOR;
      var list = postings(j);
      var idf = Math.log(1 + docs.length / (list.length / 2));
      for (var k = 0; k < list.length; k += 2) {
        var score = weightOf[list[k + 1]] * idf * factor;
        if (score > (tokenScores.get(list[k]) || 0)) tokenScores.set(list[k], score);
      }
    }
    if (tokenCache.size >= TOKEN_CACHE_SIZE) tokenCache.delete(tokenCache.keys().next().value);
    tokenCache.set(token, tokenScores);
    return tokenScores;
  }

  // Scores every story that matches every token.
  function scoreQuery(tokens) {
    var scores = null;
    var unique = Array.from(new Set(tokens));
    for (var t = 0; t < unique.length; t++) {
      var tokenScores = scoreToken(unique[t]);
      if (scores === null) {
        scores = new Map(tokenScores);
      } else {
        scores.forEach(function (value, doc) {
          if (tokenScores.has(doc)) scores.set(doc, value + tokenScores.get(doc)); else scores.delete(doc);
        });
      }
      if (scores.size === 0) break;
    }
    return scores;
  }

  function passes(doc, filters, skip) {
    if (filters.l.size + filters.c.size + filters.p.size === 0) return true;
    for (var f = 0; f < facetOrder.length; f++) {
      var key = facetOrder[f];
      var wanted = filters[key];
      if (key === skip || wanted.size === 0) continue;
      var values = key === 'l' ? [doc.l] : doc[key];
      if (!values.some(function (v) { return wanted.has(v); })) return false;
    }
    return true;
  }

  // The public entry point: query text and filters in, ranked story indexes out.
  function search(query, filters) {
    var tokens = tokenize(query);
    var matched;
    if (tokens.length === 0) {
      matched = docs.map(function (_, i) { return [i, 0]; });
    } else {
      matched = [];
      var scores = scoreQuery(tokens);
      if (scores) scores.forEach(function (score, doc) { matched.push([doc, score]); });
      matched.sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; });
    }
    var results = matched.filter(function (m) { return passes(docs[m[0]], filters, null); }).map(function (m) { return m[0]; });
    var counts = {};
    facetOrder.forEach(function (key) {
      var values = new Array(data.facets[key].length).fill(0);
      matched.forEach(function (m) {
        var doc = docs[m[0]];
        if (!passes(doc, filters, key)) return;
        (key === 'l' ? [doc.l] : doc[key]).forEach(function (v) { if (v >= 0) values[v]++; });
      });
      counts[key] = values;
    });
    return { tokens: tokens, results: results, counts: counts };
  }

  // The words of a text with their offsets and normalised forms. Normalising is the costly part of
  // highlighting, so each text is split once and reused on every keystroke.
  function wordsOf(text) {
    var words = wordCache.get(text);
    if (words) return words;
    words = [];
    var pattern = /[\p{L}\p{N}]+/gu;
    var found;
    while ((found = pattern.exec(text)) !== null) {
      words.push([found.index, found.index + found[0].length, normalize(found[0])]);
    }
    wordCache.set(text, words);
    return words;
  }

  function matchesToken(normal, tokens) {
    for (var i = 0; i < tokens.length; i++) if (normal.startsWith(tokens[i])) return true;
    return false;
  }

  // Appends text to an element, wrapping each word that matches a query token in <mark>.
  function appendHighlighted(element, text, tokens) {
    var last = 0;
    if (tokens.length) {
      wordsOf(text).forEach(function (word) {
        if (!matchesToken(word[2], tokens)) return;
        if (word[0] > last) element.appendChild(document.createTextNode(text.slice(last, word[0])));
        var mark = document.createElement('mark');
        mark.textContent = text.slice(word[0], word[1]);
        element.appendChild(mark);
        last = word[1];
      });
    }
    if (last < text.length) element.appendChild(document.createTextNode(text.slice(last)));
  }

  function firstMatch(text, tokens) {
    var count = 0;
    var first = -1;
    wordsOf(text).forEach(function (word) {
      if (!matchesToken(word[2], tokens)) return;
      if (first < 0) first = word[0];
      count++;
    });
    return { index: first, count: count };
  }

  // The best section to quote for a story, or null when its shard is not loaded or nothing matches.
  function snippetFor(docIndex, tokens) {
    var shard = Math.floor(docIndex / data.shard);
    var sections = texts[shard] && texts[shard][docIndex - shard * data.shard];
    if (!sections || !tokens.length) return null;
    var best = null;
    sections.forEach(function (section) {
      var match = firstMatch(section[2], tokens);
      if (match.count > 0 && (!best || match.count > best.count)) {
        best = { heading: section[0], anchor: section[1], text: section[2], index: match.index, count: match.count };
      }
    });
    if (!best) return null;
    var start = Math.max(0, best.index - SNIPPET_LEAD);
    if (start > 0) start = best.text.indexOf(' ', start) + 1 || start;
    var end = Math.min(best.text.length, start + SNIPPET_LENGTH);
    if (end < best.text.length) end = best.text.lastIndexOf(' ', end) > start ? best.text.lastIndexOf(' ', end) : end;
    return {
      heading: best.heading,
      anchor: best.anchor,
      text: (start > 0 ? '…' : '') + best.text.slice(start, end) + (end < best.text.length ? '…' : ''),
    };
  }

  function loadShard(shard) {
    if (requested[shard]) return;
    requested[shard] = true;
    var script = document.createElement('script');
    script.src = assetsBase + 'search/text-' + shard + '.js';
    script.async = true;
    document.head.appendChild(script);
  }

  // A shard arrived: redraw the same results with their snippets, keeping the keyboard selection.
  window.HandbookSearchText = function (shard, shardTexts) {
    texts[shard] = shardTexts;
    var active = state.active;
    render(state.last);
    if (active >= 0) setActive(active);
  };

  function setActive(index) {
    var items = list.children;
    if (state.active >= 0 && items[state.active]) items[state.active].classList.remove('active');
    state.active = index;
    if (index >= 0 && items[index]) {
      items[index].classList.add('active');
      items[index].setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', items[index].id);
      items[index].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function render(outcome) {
    if (!outcome) return;
    var fragment = document.createDocumentFragment();
    var shown = outcome.results.slice(0, state.shown);
    shown.forEach(function (docIndex, position) {
      var doc = docs[docIndex];
      var snippet = snippetFor(docIndex, outcome.tokens);
      if (!snippet && outcome.tokens.length) loadShard(Math.floor(docIndex / data.shard));
      var item = document.createElement('li');
      item.className = 'result';
      item.id = 'result-' + position;
      item.setAttribute('role', 'option');
      item.setAttribute('aria-selected', 'false');
      var link = document.createElement('a');
      link.className = 'result-title';
      link.href = siteRoot + doc.u + (snippet ? '#' + snippet.anchor : '');
      appendHighlighted(link, doc.t, outcome.tokens);
      item.appendChild(link);
      var meta = document.createElement('p');
      meta.className = 'result-meta';
      if (doc.l >= 0) {
        var level = document.createElement('span');
        level.className = 'chip chip-level';
        level.textContent = data.facets.l[doc.l][1];
        meta.appendChild(level);
      }
      if (doc.m) {
        var metric = document.createElement('span');
        metric.className = 'result-metric';
        appendHighlighted(metric, doc.m, outcome.tokens);
        meta.appendChild(metric);
      }
      item.appendChild(meta);
      var text = document.createElement('p');
      text.className = 'result-snippet';
      if (snippet) {
        var where = document.createElement('span');
        where.className = 'label';
        where.textContent = snippet.heading + ' ';
        text.appendChild(where);
        appendHighlighted(text, snippet.text, outcome.tokens);
      } else {
        appendHighlighted(text, doc.s, outcome.tokens);
      }
      item.appendChild(text);
      item.addEventListener('mousedown', function (event) { event.preventDefault(); });
      fragment.appendChild(item);
    });
    list.replaceChildren(fragment);
    moreButton.hidden = outcome.results.length <= shown.length;
    state.active = -1;
    input.removeAttribute('aria-activedescendant');
    input.setAttribute('aria-expanded', shown.length ? 'true' : 'false');

    status.textContent = describe(outcome.results.length, shown.length);

    // Only touch the counts that changed: every write to the sidebar costs a style pass on the whole page.
    facetOrder.forEach(function (key) {
      outcome.counts[key].forEach(function (count, i) {
        var span = countSpans[key][i];
        var text = String(count);
        if (span.textContent !== text) span.textContent = text;
        var empty = count === 0 && !checkboxes[key][i].checked;
        if (labels[key][i].classList.contains('facet-empty') !== empty) labels[key][i].classList.toggle('facet-empty', empty);
      });
    });
  }

  // "3 stories match “pool”.", "1 story matches these filters.", "No story matches “x”. Try fewer words..."
  function describe(total, shown) {
    var query = state.query.trim();
    var what = query ? '“' + query + '”' : anyFilter() ? 'these filters' : '';
    if (total === 0) return 'No story matches ' + (what || 'yet') + '. Try fewer words or clear the filters.';
    var noun = total === 1 ? ' story' : ' stories';
    var verb = what ? (total === 1 ? ' matches ' : ' match ') + what : '';
    var more = total > shown ? ' (showing the first ' + shown + ')' : '';
    return total + noun + verb + more + '.';
  }

  function anyFilter() {
    return facetOrder.some(function (key) { return state.filters[key].size > 0; });
  }

  function update() {
    state.shown = PAGE_SIZE;
    var started = performance.now();
    var outcome = search(state.query, state.filters);
    state.last = outcome;
    render(outcome);
    window.HandbookSearch.lastMs = performance.now() - started;
    window.HandbookSearch.runs++;
  }

  // The fragment holds the query and filters (#q=pool&l=senior&c=ownership,resilience), so a view can be bookmarked.
  function writeFragment() {
    var params = new URLSearchParams();
    if (state.query.trim()) params.set('q', state.query.trim());
    facetOrder.forEach(function (key) {
      var ids = Array.from(state.filters[key]).sort(function (a, b) { return a - b; }).map(function (i) { return data.facets[key][i][0]; });
      if (ids.length) params.set(key, ids.join(','));
    });
    var fragment = params.toString();
    history.replaceState(null, '', fragment ? '#' + fragment : window.location.pathname + window.location.search);
  }

  function readFragment() {
    var params = new URLSearchParams(window.location.hash.replace(/^#/, '') || window.location.search.replace(/^\?/, ''));
    state.query = params.get('q') || '';
    input.value = state.query;
    facetOrder.forEach(function (key) {
      state.filters[key] = new Set();
      (params.get(key) || '').split(',').forEach(function (id) {
        var index = data.facets[key].findIndex(function (f) { return f[0] === id; });
        if (index >= 0) state.filters[key].add(index);
      });
      checkboxes[key].forEach(function (box, i) { box.checked = state.filters[key].has(i); });
    });
  }

  function buildFacets() {
    facetOrder.forEach(function (key) {
      var fieldset = document.createElement('fieldset');
      var legend = document.createElement('legend');
      legend.textContent = facetNames[key];
      fieldset.appendChild(legend);
      data.facets[key].forEach(function (facet, i) {
        var label = document.createElement('label');
        label.className = 'facet';
        var box = document.createElement('input');
        box.type = 'checkbox';
        box.value = facet[0];
        box.dataset.facet = key;
        box.addEventListener('change', function () {
          if (box.checked) state.filters[key].add(i); else state.filters[key].delete(i);
          writeFragment();
          update();
        });
        var name = document.createElement('span');
        name.textContent = facet[1];
        var count = document.createElement('span');
        count.className = 'facet-count';
        label.append(box, name, count);
        fieldset.appendChild(label);
        countSpans[key].push(count);
        labels[key].push(label);
        checkboxes[key].push(box);
      });
      facetsBox.appendChild(fieldset);
    });
  }

  var moreButton = document.createElement('button');
  moreButton.type = 'button';
  moreButton.className = 'button more-results';
  moreButton.textContent = 'Show more results';
  moreButton.hidden = true;
  moreButton.addEventListener('click', function () {
    state.shown += PAGE_SIZE;
    render(state.last);
  });
  list.after(moreButton);

  window.HandbookSearch = { search: search, lastMs: 0, runs: 0 };

  buildFacets();
  readFragment();
  update();

  input.addEventListener('input', function () {
    state.query = input.value;
    writeFragment();
    update();
  });

  input.addEventListener('keydown', function (event) {
    var count = list.children.length;
    if (event.key === 'ArrowDown' && count) {
      event.preventDefault();
      setActive(Math.min(state.active + 1, count - 1));
    } else if (event.key === 'ArrowUp' && count) {
      event.preventDefault();
      setActive(Math.max(state.active - 1, 0));
    } else if (event.key === 'Enter') {
      var target = list.children[state.active >= 0 ? state.active : 0];
      if (target) {
        event.preventDefault();
        window.location.href = target.querySelector('a').href;
      }
    } else if (event.key === 'Escape' && input.value) {
      input.value = '';
      state.query = '';
      writeFragment();
      update();
    }
  });

  document.getElementById('clear-filters').addEventListener('click', function () {
    facetOrder.forEach(function (key) {
      state.filters[key].clear();
      checkboxes[key].forEach(function (box) { box.checked = false; });
    });
    writeFragment();
    update();
  });

  window.addEventListener('hashchange', function () {
    readFragment();
    update();
  });

  input.focus();
})();
