// Story pages: "Copy link" for each section, and the mentor's review panel, which turns scores and
// comments into plain text to copy or email. Everything stays in the browser.
(function () {
  'use strict';

  var story = document.getElementById('story');
  if (!story) return;
  var status = document.getElementById('copy-status');

  // The address to share: the published one when the handbook has a baseUrl, else this page's own.
  function pageUrl() {
    return story.dataset.canonical || window.location.href.split('#')[0];
  }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    var field = document.createElement('textarea');
    field.value = text;
    field.setAttribute('readonly', '');
    field.className = 'visually-hidden';
    document.body.appendChild(field);
    field.select();
    var done = document.execCommand('copy');
    field.remove();
    return done ? Promise.resolve() : Promise.reject(new Error('copy failed'));
  }

  function say(message) {
    if (status) status.textContent = message;
  }

  // The button itself says "Copied" for a moment, where the eye is; the status line says it to a screen reader.
  var COPIED_MS = 2000;
  document.querySelectorAll('.copy-link').forEach(function (button) {
    var label = button.querySelector('.copy-link-label') || button;
    var idle = label.textContent;
    var timer = 0;
    button.addEventListener('click', function () {
      var url = pageUrl() + '#' + button.dataset.anchor;
      copy(url).then(function () {
        label.textContent = 'Copied';
        button.classList.add('copied');
        say('Link copied: ' + url);
        window.clearTimeout(timer);
        timer = window.setTimeout(function () { label.textContent = idle; button.classList.remove('copied'); }, COPIED_MS);
      }, function () { say('Copy this link: ' + url); });
    });
  });

  // The table of contents marks the section being read.
  var tocLinks = Array.from(document.querySelectorAll('.toc a[href^="#"]'));
  if (tocLinks.length && window.IntersectionObserver) {
    var byId = {};
    tocLinks.forEach(function (link) { byId[link.getAttribute('href').slice(1)] = link; });
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (!entry.isIntersecting || !byId[entry.target.id]) return;
        tocLinks.forEach(function (link) { link.removeAttribute('aria-current'); });
        byId[entry.target.id].setAttribute('aria-current', 'true');
      });
    }, { rootMargin: '0px 0px -70% 0px' });
    Object.keys(byId).forEach(function (id) { var section = document.getElementById(id); if (section) observer.observe(section); });
  }

  var form = document.getElementById('review-form');
  if (!form) return;
  var output = document.getElementById('review-output');
  var notes = document.getElementById('review-notes');
  var email = document.getElementById('review-email');
  var groups = Array.from(form.querySelectorAll('fieldset[data-criterion]'));

  // Each fieldset's radios form their own group.
  groups.forEach(function (group, i) {
    group.querySelectorAll('input[type=radio]').forEach(function (radio) { radio.name = 'criterion-' + i; });
  });

  // The review as plain text that reads well in chat, email or a Markdown document.
  function reviewText() {
    var lines = ['Review of "' + story.dataset.title + '"' + (story.dataset.level ? ' (' + story.dataset.level + ')' : ''), pageUrl(), ''];
    var total = 0;
    var scored = 0;
    groups.forEach(function (group) {
      var picked = group.querySelector('input[type=radio]:checked');
      var comment = group.querySelector('.review-comment').value.trim();
      var score = picked ? Number(picked.value) : null;
      if (score !== null) { total += score; scored++; }
      lines.push('- ' + group.dataset.criterion + ' ' + (score === null ? '-' : score + '/4') + (comment ? ': ' + comment : ''));
    });
    lines.push('', 'Score: ' + total + '/' + (groups.length * 4) + (scored < groups.length ? ' (' + scored + ' of ' + groups.length + ' scored)' : ''));
    if (notes.value.trim()) lines.push('', notes.value.trim());
    return lines.join('\n');
  }

  function update() {
    var text = reviewText();
    output.value = text;
    email.href = 'mailto:' + encodeURIComponent(email.dataset.email || '').replace('%40', '@') +
      '?subject=' + encodeURIComponent('Review: ' + story.dataset.title) + '&body=' + encodeURIComponent(text);
  }

  form.addEventListener('input', update);
  form.addEventListener('change', update);
  document.getElementById('review-copy').addEventListener('click', function () {
    copy(output.value).then(function () { say('Review copied.'); }, function () { say('Select the review text and copy it.'); });
  });
  update();
})();
