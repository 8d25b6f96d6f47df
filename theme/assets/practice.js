// Practice mode: draw a question, answer aloud against a timer, reveal the written story, rate yourself.
// The log lives in localStorage; nothing leaves the browser.
(function () {
  'use strict';

  var data = window.HandbookPracticeData;
  var root = document.getElementById('practice');
  if (!data || !root) return;

  var STORAGE_KEY = 'handbook-practice-v1';
  var FIRST_MARK = 90;       // seconds: an answer shorter than this reads thin
  var SECOND_MARK = 180;     // seconds: past this it loses the listener
  var HIGH_SIGNAL_WEIGHT = 2;
  var CHART_DAYS = 14;
  var DAY_MS = 24 * 60 * 60 * 1000;

  // A small seedable generator (mulberry32): #seed=42 in the address makes every draw repeatable.
  function generator(seed) {
    var a = seed >>> 0;
    return function () {
      a = (a + 0x6D2B79F5) >>> 0;
      var t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  var seedMatch = /(?:^#|&)seed=(\d+)/.exec(window.location.hash);
  var random = seedMatch ? generator(Number(seedMatch[1])) : Math.random;

  function load() {
    try {
      var stored = JSON.parse(window.localStorage.getItem(STORAGE_KEY) || 'null');
      return stored && Array.isArray(stored.attempts) ? stored : { attempts: [] };
    } catch (e) {
      return { attempts: [] };
    }
  }
  function save() { window.localStorage.setItem(STORAGE_KEY, JSON.stringify(log)); }
  var log = load();

  function attemptsFor(patternId) { return log.attempts.filter(function (a) { return a.pattern === patternId; }); }

  // Weighted toward high-signal patterns and toward the ones practised least; never the same twice in a row.
  function draw() {
    var candidates = data.patterns.map(function (pattern, index) {
      var weight = (pattern.high ? HIGH_SIGNAL_WEIGHT : 1) / (1 + attemptsFor(pattern.id).length);
      return { index: index, weight: index === state.pattern && data.patterns.length > 1 ? 0 : weight };
    });
    var total = candidates.reduce(function (sum, c) { return sum + c.weight; }, 0);
    var pick = random() * total;
    for (var i = 0; i < candidates.length; i++) {
      pick -= candidates[i].weight;
      if (pick < 0) return candidates[i].index;
    }
    return candidates[candidates.length - 1].index;
  }

  var state = { pattern: -1, prompt: '', started: null, elapsed: 0, timer: null, marks: 0, reframe: { story: -1, next: 0 } };
  var el = function (id) { return document.getElementById(id); };

  function next() {
    state.pattern = draw();
    var pattern = data.patterns[state.pattern];
    state.prompt = pattern.prompts.length ? pattern.prompts[Math.floor(random() * pattern.prompts.length)] : pattern.t;
    el('drill-pattern').textContent = pattern.t + (pattern.high ? ' · high signal' : '');
    el('drill-prompt').textContent = state.prompt;
    root.dataset.pattern = pattern.id;
    el('reveal-panel').hidden = true;
    el('rate').hidden = true;
    resetTimer();
  }

  // The timer: elapsed time from performance.now(), drawn every quarter second, with marks at 1:30 and 3:00.
  function seconds() {
    return state.elapsed + (state.started === null ? 0 : (performance.now() - state.started) / 1000);
  }
  function drawTimer() {
    var s = Math.floor(seconds());
    el('timer-text').textContent = Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
    var timer = el('timer');
    timer.classList.toggle('timer-first-mark', s >= FIRST_MARK);
    timer.classList.toggle('timer-second-mark', s >= SECOND_MARK);
    var marks = s >= SECOND_MARK ? 2 : s >= FIRST_MARK ? 1 : 0;
    if (marks > state.marks) {
      state.marks = marks;
      chime();
    }
  }
  function startStop() {
    if (state.started === null) {
      state.started = performance.now();
      state.timer = window.setInterval(drawTimer, 250);
      el('toggle-timer').textContent = 'Stop timer (Space)';
    } else {
      state.elapsed = seconds();
      state.started = null;
      window.clearInterval(state.timer);
      el('toggle-timer').textContent = 'Start timer (Space)';
      drawTimer();
      if (state.pattern >= 0) el('rate').hidden = false;
    }
  }
  function resetTimer() {
    if (state.started !== null) window.clearInterval(state.timer);
    state.started = null;
    state.elapsed = 0;
    state.marks = 0;
    el('toggle-timer').textContent = 'Start timer (Space)';
    drawTimer();
  }
  function chime() {
    if (!el('sound').checked || !window.AudioContext) return;
    var audio = new window.AudioContext();
    var tone = audio.createOscillator();
    var gain = audio.createGain();
    tone.frequency.value = 660;
    gain.gain.setValueAtTime(0.06, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.0001, audio.currentTime + 0.6);
    tone.connect(gain).connect(audio.destination);
    tone.start();
    tone.stop(audio.currentTime + 0.6);
  }

  function text(tag, className, content) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (content !== undefined) node.textContent = content;
    return node;
  }

  // Every story filed under the drawn pattern, as a STAR-TR outline, and one pressure question.
  function reveal() {
    if (state.pattern < 0) return;
    var panel = el('reveal-panel');
    panel.replaceChildren();
    var stories = data.stories.filter(function (s) { return s.p.indexOf(state.pattern) >= 0; });
    if (!stories.length) panel.appendChild(text('p', 'gap', 'No story answers this pattern yet: a gap to fill.'));
    stories.forEach(function (story) {
      var card = text('article', 'reveal-story');
      var title = text('h3');
      var link = text('a', '', story.t);
      link.href = story.u;
      title.appendChild(link);
      card.appendChild(title);
      var beats = text('dl', 'beats');
      story.beats.forEach(function (beat) {
        beats.appendChild(text('dt', '', beat[0]));
        beats.appendChild(text('dd', '', beat[1]));
      });
      card.appendChild(beats);
      if (story.m) {
        var metric = text('p', 'reveal-metric');
        metric.append(text('span', 'label', 'Key number '), document.createTextNode(story.m));
        card.appendChild(metric);
      }
      // Only when the outline has no Trade-off beat of its own: the builder leaves it empty otherwise.
      if (story.o) {
        var tradeoff = text('p', 'reveal-tradeoff');
        tradeoff.append(text('span', 'label', 'Trade-off '), document.createTextNode(story.o));
        card.appendChild(tradeoff);
      }
      var follow = story.f[Math.floor(random() * story.f.length)];
      card.appendChild(text('p', 'follow-up', 'Follow-up: ' + follow));
      panel.appendChild(card);
    });
    panel.hidden = false;
    el('rate').hidden = false;
  }

  function rate(rating) {
    if (state.pattern < 0) return;
    log.attempts.push({ pattern: data.patterns[state.pattern].id, rating: rating, at: new Date().toISOString(), seconds: Math.round(seconds()) });
    save();
    el('rate').hidden = true;
    drawLog();
    el('log-status').textContent = 'Saved: ' + rating + '.';
    // The rating buttons just disappeared; the next step is another question.
    el('next-question').focus();
  }

  function drawLog() {
    var body = el('practice-log').tBodies[0];
    body.replaceChildren();
    data.patterns.forEach(function (pattern) {
      var attempts = attemptsFor(pattern.id);
      var last = attempts[attempts.length - 1];
      var row = document.createElement('tr');
      row.dataset.pattern = pattern.id;
      row.append(text('th', '', pattern.t), text('td', 'attempts', String(attempts.length)),
        text('td', '', last ? last.at.slice(0, 10) : 'never'), text('td', '', last ? last.rating : ''));
      row.firstChild.setAttribute('scope', 'row');
      body.appendChild(row);
    });
    drawChart();
  }

  // Attempts per day for the last two weeks, as an SVG bar chart (attributes only, so the CSP allows it).
  function drawChart() {
    var svgNs = 'http://www.w3.org/2000/svg';
    var width = 280;
    var height = 60;
    var today = new Date();
    today.setHours(0, 0, 0, 0);
    var counts = [];
    for (var d = CHART_DAYS - 1; d >= 0; d--) {
      var start = today.getTime() - d * DAY_MS;
      counts.push(log.attempts.filter(function (a) { var t = Date.parse(a.at); return t >= start && t < start + DAY_MS; }).length);
    }
    var max = Math.max.apply(null, counts.concat([1]));
    var svg = document.createElementNS(svgNs, 'svg');
    svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', counts.reduce(function (a, b) { return a + b; }, 0) + ' attempts in the last ' + CHART_DAYS + ' days');
    var bar = width / CHART_DAYS;
    counts.forEach(function (count, i) {
      var h = Math.round((count / max) * (height - 4));
      var rect = document.createElementNS(svgNs, 'rect');
      rect.setAttribute('x', String(i * bar + 1));
      rect.setAttribute('y', String(height - h));
      rect.setAttribute('width', String(bar - 2));
      rect.setAttribute('height', String(h));
      rect.setAttribute('class', 'chart-bar');
      svg.appendChild(rect);
    });
    var total = counts.reduce(function (a, b) { return a + b; }, 0);
    if (total === 0) {
      el('practice-chart').replaceChildren(text('p', 'practice-empty', 'No practice in the last two weeks yet. Draw a question, answer it aloud, then rate yourself: your attempts show here.'));
      return;
    }
    el('practice-chart').replaceChildren(svg);
  }

  function exportLog() {
    var blob = new Blob([JSON.stringify(log, null, 2)], { type: 'application/json' });
    var link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'handbook-practice.json';
    document.body.appendChild(link);
    link.click();
    link.remove();
    el('log-status').textContent = 'Exported ' + log.attempts.length + ' attempts.';
  }

  function importLog(file) {
    var reader = new FileReader();
    reader.onload = function () {
      try {
        var imported = JSON.parse(String(reader.result));
        if (!imported || !Array.isArray(imported.attempts)) throw new Error('not a practice log');
        log = { attempts: imported.attempts.filter(function (a) { return a && typeof a.pattern === 'string' && typeof a.at === 'string'; }) };
        save();
        drawLog();
        el('log-status').textContent = 'Imported ' + log.attempts.length + ' attempts.';
      } catch (e) {
        el('log-status').textContent = 'That file is not a practice log.';
      }
    };
    reader.readAsText(file);
  }

  // One story under each prompt it can answer, in turn.
  function reframe() {
    var index = Number(el('reframe-story').value);
    if (state.reframe.story !== index) state.reframe = { story: index, next: 0 };
    var story = data.stories[index];
    var prompts = [];
    story.p.forEach(function (p) { data.patterns[p].prompts.forEach(function (q) { prompts.push(q); }); });
    if (!prompts.length) return;
    el('reframe-prompt').textContent = prompts[state.reframe.next % prompts.length] + ' (' + (state.reframe.next % prompts.length + 1) + ' of ' + prompts.length + ')';
    state.reframe.next++;
  }

  el('next-question').addEventListener('click', next);
  el('toggle-timer').addEventListener('click', startStop);
  el('reveal').addEventListener('click', reveal);
  el('rate').addEventListener('click', function (event) {
    var rating = event.target instanceof HTMLElement && event.target.dataset.rating;
    if (rating) rate(rating);
  });
  el('export-log').addEventListener('click', exportLog);
  el('import-log').addEventListener('change', function () { if (this.files && this.files[0]) importLog(this.files[0]); });
  el('reframe-next').addEventListener('click', reframe);
  el('reframe-story').addEventListener('change', function () { state.reframe.story = -1; reframe(); });
  // Shortcuts work everywhere but in text entry and outside the drill's own controls: after "Next question"
  // has focus, Space must start the timer rather than press that button again (Enter still presses it).
  document.addEventListener('keydown', function (event) {
    var target = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (target instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    if (target instanceof HTMLElement && target.tagName === 'BUTTON' && !target.closest('.drill')) return;
    if (event.key === 'n') { event.preventDefault(); next(); }
    else if (event.key === ' ') { event.preventDefault(); startStop(); }
    else if (event.key === 'r') { event.preventDefault(); reveal(); }
  });

  window.HandbookPractice = { draw: draw, log: function () { return log; } };
  drawLog();
})();
