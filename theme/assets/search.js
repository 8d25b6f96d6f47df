// Full-text search over the handbook, entirely in the browser.
// The index (assets/search-index.js) is made at build time; see SearchIndexBuilder.cs for its shape.
// Text for snippets lives in shards (assets/search/text-N.js), loaded with a <script> tag when needed,
// because fetch() of local files is blocked when the site is opened from disk.
// It drives the search page (#search-input) or, on any other page, the header box (#header-search-input),
// which site.js loads this script for when it is first used.
(function () {
  'use strict';

  var data = window.HandbookSearchIndex;
  var stemOf = window.HandbookStem || function (word) { return word; };
  var pageInput = document.getElementById('search-input');
  var headerMode = !pageInput;
  var input = pageInput || document.getElementById('header-search-input');
  if (!data || !input || window.HandbookSearch) return;
  var list = document.getElementById(headerMode ? 'header-results' : 'search-results');
  if (!list && headerMode) {
    list = document.createElement('ol');
    list.id = 'header-results';
    list.className = 'header-results';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', 'Matching stories');
    list.hidden = true;
    input.form.appendChild(list);
  }
  if (!list) return;

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
  var HEADER_RESULTS = 6;     // results listed under the header box
  var UNFINISHED_SUFFIX = 3;  // letters of an ending still being typed ("migratio") that may follow a stem
  var MIN_STEM = 4;           // shortest stem a word being typed may stand for

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
  var PATTERN_FACETS_SHOWN = 8; // question patterns listed before "Show all"
  var showAllFacets = false;
  var countSpans = { l: [], c: [], p: [] };
  var checkboxes = { l: [], c: [], p: [] };
  var labels = { l: [], c: [], p: [] };

  // Same rules as SearchTokenizer.cs: lower case, no accents, letters and digits, no stop words, then the
  // stem (stem.js, the same rules as EnglishStemmer.cs). Each token keeps the word as typed too.
  function normalize(text) {
    return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  }

  function tokenize(text) {
    return normalize(text).split(/[^\p{L}\p{N}]+/u).filter(function (t) {
      return t.length >= 2 && !stop.has(t);
    }).map(function (t) { return { word: t, stem: stemOf(t) }; });
  }

  function termIndex(term) {
    var at = lowerBound(term);
    return at < terms.length && terms[at] === term ? at : -1;
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

  function addTerm(tokenScores, j, factor) {
    var list = postings(j);
    var idf = Math.log(1 + docs.length / (list.length / 2));
    for (var k = 0; k < list.length; k += 2) {
      var score = weightOf[list[k + 1]] * idf * factor;
      if (score > (tokenScores.get(list[k]) || 0)) tokenScores.set(list[k], score);
    }
  }

  function addPrefix(tokenScores, prefix, exact) {
    var start = lowerBound(prefix);
    for (var j = start; j < terms.length && j - start < MAX_EXPANSION && terms[j].startsWith(prefix); j++) {
      addTerm(tokenScores, j, terms[j] === exact ? 1 : PREFIX_FACTOR);
    }
  }

  // Each story's best score for one token: its stem as a whole term or as a prefix, the word as typed as a
  // prefix ("backf"), and a stem the word may be on its way to ("migratio" is "migrat" plus an unfinished
  // ending). Cached, because while a user types "connection p" the scores of "connection" are asked for
  // again on every keystroke.
  function scoreToken(token) {
    var cached = tokenCache.get(token.word);
    if (cached) return cached;
    var tokenScores = new Map();
    addPrefix(tokenScores, token.stem, token.stem);
    if (token.word !== token.stem) addPrefix(tokenScores, token.word, token.stem);
    for (var cut = token.word.length - 1; cut >= Math.max(MIN_STEM, token.word.length - UNFINISHED_SUFFIX); cut--) {
      var at = termIndex(token.word.slice(0, cut));
      if (at >= 0) addTerm(tokenScores, at, PREFIX_FACTOR);
    }
    if (tokenCache.size >= TOKEN_CACHE_SIZE) tokenCache.delete(tokenCache.keys().next().value);
    tokenCache.set(token.word, tokenScores);
    return tokenScores;
  }

  // Scores every story that matches every token.
  function scoreQuery(tokens) {
    var scores = null;
    var seen = new Set();
    var unique = tokens.filter(function (t) { if (seen.has(t.word)) return false; seen.add(t.word); return true; });
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

  // The words of a text with their offsets, normalised forms and stems. Normalising is the costly part of
  // highlighting, so each text is split once and reused on every keystroke.
  function wordsOf(text) {
    var words = wordCache.get(text);
    if (words) return words;
    words = [];
    var pattern = /[\p{L}\p{N}]+/gu;
    var found;
    while ((found = pattern.exec(text)) !== null) {
      var normal = normalize(found[0]);
      words.push([found.index, found.index + found[0].length, normal, stemOf(normal)]);
    }
    wordCache.set(text, words);
    return words;
  }

  function matchesToken(word, tokens) {
    for (var i = 0; i < tokens.length; i++) {
      if (word[2].startsWith(tokens[i].word) || word[3].startsWith(tokens[i].stem)) return true;
      if (word[3].length >= MIN_STEM && tokens[i].word.startsWith(word[3]) && tokens[i].word.length - word[3].length <= UNFINISHED_SUFFIX) return true;
    }
    return false;
  }

  // Appends text to an element, wrapping each word that matches a query token in <mark>.
  function appendHighlighted(element, text, tokens) {
    var last = 0;
    if (tokens.length) {
      wordsOf(text).forEach(function (word) {
        if (!matchesToken(word, tokens)) return;
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
      if (!matchesToken(word, tokens)) return;
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

  // The results are a listbox driven from the search box (aria-activedescendant): each option is the
  // result's link itself, so there is no control inside another and a middle click still opens a tab.
  function setActive(index) {
    var items = list.querySelectorAll('.result');
    if (state.active >= 0 && items[state.active]) {
      items[state.active].classList.remove('active');
      items[state.active].firstChild.setAttribute('aria-selected', 'false');
    }
    state.active = index;
    if (index >= 0 && items[index]) {
      items[index].classList.add('active');
      items[index].firstChild.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', items[index].firstChild.id);
      items[index].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function span(className) {
    var node = document.createElement('span');
    node.className = className;
    return node;
  }

  function resultItem(docIndex, position, tokens, full) {
    var doc = docs[docIndex];
    var snippet = full ? snippetFor(docIndex, tokens) : null;
    if (full && !snippet && tokens.length) loadShard(Math.floor(docIndex / data.shard));
    var item = document.createElement('li');
    item.className = 'result';
    item.setAttribute('role', 'none');
    var link = document.createElement('a');
    link.className = 'result-link';
    link.id = (headerMode ? 'header-result-' : 'result-') + position;
    link.setAttribute('role', 'option');
    link.setAttribute('aria-selected', 'false');
    link.tabIndex = -1;
    link.href = siteRoot + doc.u + (snippet ? '#' + snippet.anchor : '');
    var title = span('result-title');
    appendHighlighted(title, doc.t, tokens);
    link.appendChild(title);
    // A click on a result must not blur the box first: the header list would close under the pointer.
    item.addEventListener('mousedown', function (event) { if (event.button === 0) event.preventDefault(); });
    if (!full) {
      if (doc.m) {
        var small = span('header-result-metric');
        small.textContent = doc.m;
        link.appendChild(small);
      }
      item.appendChild(link);
      return item;
    }
    var meta = span('result-meta');
    if (doc.l >= 0) {
      var level = span('chip chip-level');
      level.textContent = data.facets.l[doc.l][1];
      meta.appendChild(level);
    }
    if (doc.m) {
      var metric = span('result-metric');
      appendHighlighted(metric, doc.m, tokens);
      meta.appendChild(metric);
    }
    link.appendChild(meta);
    var text = span('result-snippet');
    if (snippet) {
      var where = span('label');
      where.textContent = snippet.heading + ' ';
      text.appendChild(where);
      appendHighlighted(text, snippet.text, tokens);
    } else {
      appendHighlighted(text, doc.s, tokens);
    }
    link.appendChild(text);
    item.appendChild(link);
    return item;
  }

  function render(outcome) {
    if (!outcome) return;
    if (headerMode) return renderHeader(outcome);
    var fragment = document.createDocumentFragment();
    var shown = outcome.results.slice(0, state.shown);
    shown.forEach(function (docIndex, position) {
      fragment.appendChild(resultItem(docIndex, position, outcome.tokens, true));
    });
    list.replaceChildren(fragment);
    moreButton.hidden = outcome.results.length <= shown.length;
    state.active = -1;
    input.removeAttribute('aria-activedescendant');
    input.setAttribute('aria-expanded', shown.length ? 'true' : 'false');

    status.textContent = describe(outcome.results.length, shown.length);

    // Only touch the facets that changed: every write to the sidebar costs a style pass on the whole page.
    // A filter that would match nothing is left out, unless it is ticked.
    facetOrder.forEach(function (key) {
      var visible = 0;
      outcome.counts[key].forEach(function (count, i) {
        var span = countSpans[key][i];
        var text = String(count);
        if (span.textContent !== text) span.textContent = text;
        var checked = checkboxes[key][i].checked;
        var empty = count === 0 && !checked;
        if (labels[key][i].classList.contains('facet-empty') !== empty) labels[key][i].classList.toggle('facet-empty', empty);
        var hide = empty || (key === 'p' && !showAllFacets && !checked && visible >= PATTERN_FACETS_SHOWN);
        if (!hide) visible++;
        if (labels[key][i].hidden !== hide) labels[key][i].hidden = hide;
      });
      fieldsets[key].hidden = visible === 0;
      if (key === 'p') {
        var more = outcome.counts.p.filter(function (c) { return c > 0; }).length > PATTERN_FACETS_SHOWN;
        showAllButton.hidden = !more;
        showAllButton.textContent = showAllFacets ? 'Show fewer' : 'Show all question patterns';
      }
    });
  }

  // The header box lists the best few stories under it as you type; Enter opens the selected one, or the
  // search page with the query when none is selected.
  function renderHeader(outcome) {
    var query = state.query.trim();
    if (!query) {
      list.replaceChildren();
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      state.active = -1;
      input.removeAttribute('aria-activedescendant');
      return;
    }
    var fragment = document.createDocumentFragment();
    var shown = outcome.results.slice(0, HEADER_RESULTS);
    shown.forEach(function (docIndex, position) { fragment.appendChild(resultItem(docIndex, position, outcome.tokens, false)); });
    var all = document.createElement('li');
    all.setAttribute('role', 'none');
    all.className = 'result header-results-all-item';
    var allLink = document.createElement('a');
    allLink.className = 'result-link header-results-all';
    allLink.id = 'header-result-' + shown.length;
    allLink.setAttribute('role', 'option');
    allLink.setAttribute('aria-selected', 'false');
    allLink.tabIndex = -1;
    allLink.href = input.form.getAttribute('action') + '#q=' + encodeURIComponent(query);
    allLink.textContent = shown.length
      ? (outcome.results.length > shown.length ? 'All ' + outcome.results.length + ' results' : 'Open in search') + ' →'
      : 'No story matches “' + query + '”. Search with filters →';
    all.appendChild(allLink);
    fragment.appendChild(all);
    list.replaceChildren(fragment);
    list.hidden = false;
    state.active = -1;
    input.removeAttribute('aria-activedescendant');
    input.setAttribute('aria-expanded', 'true');
    headerStatus.textContent = shown.length ? describe(outcome.results.length, shown.length) : '';
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
    if (headerMode) return;
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

  var fieldsets = {};
  var showAllButton = document.createElement('button');

  // The filters sit in a panel that is open beside the results on a wide screen and folded on a phone.
  function buildFacets() {
    var panel = document.createElement('details');
    panel.className = 'facets-panel';
    panel.open = !window.matchMedia || window.matchMedia('(min-width: 48rem)').matches;
    var summary = document.createElement('summary');
    summary.textContent = 'Filters';
    panel.appendChild(summary);
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
      if (key === 'p') {
        showAllButton.type = 'button';
        showAllButton.className = 'button facets-more';
        showAllButton.addEventListener('click', function () {
          showAllFacets = !showAllFacets;
          render(state.last);
        });
        fieldset.appendChild(showAllButton);
      }
      fieldsets[key] = fieldset;
      panel.appendChild(fieldset);
    });
    var clear = document.getElementById('clear-filters');
    if (clear) panel.appendChild(clear);
    facetsBox.appendChild(panel);
  }

  var moreButton = document.createElement('button');
  var headerStatus = document.createElement('span');

  window.HandbookSearch = { search: search, lastMs: 0, runs: 0 };

  if (headerMode) {
    headerStatus.className = 'visually-hidden';
    headerStatus.setAttribute('role', 'status');
    input.after(headerStatus);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', list.id);
    input.setAttribute('aria-expanded', 'false');
    state.query = input.value;
    update();
    input.addEventListener('blur', function () {
      // Later than a click on a result, which the mousedown handler keeps from blurring anyway.
      window.setTimeout(function () { if (document.activeElement !== input) { list.hidden = true; input.setAttribute('aria-expanded', 'false'); } }, 150);
    });
    input.addEventListener('focus', function () { if (state.query.trim()) update(); });
  } else {
    moreButton.type = 'button';
    moreButton.className = 'button more-results';
    moreButton.textContent = 'Show more results';
    moreButton.hidden = true;
    moreButton.addEventListener('click', function () {
      state.shown += PAGE_SIZE;
      render(state.last);
    });
    list.after(moreButton);
    buildFacets();
    readFragment();
    update();
  }

  input.addEventListener('input', function () {
    state.query = input.value;
    writeFragment();
    update();
  });

  input.addEventListener('keydown', function (event) {
    var count = list.querySelectorAll('.result').length;
    if (event.key === 'ArrowDown' && count) {
      event.preventDefault();
      setActive(Math.min(state.active + 1, count - 1));
    } else if (event.key === 'ArrowUp' && count) {
      event.preventDefault();
      setActive(Math.max(state.active - 1, 0));
    } else if (event.key === 'Enter') {
      var items = list.querySelectorAll('.result');
      var target = items[state.active >= 0 ? state.active : 0];
      if (headerMode && state.active < 0) return; // the form opens the search page with the query
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

  if (!headerMode) {
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
  }
})();
