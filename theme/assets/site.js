// Site-wide behaviour: "/" focuses search, and the header search box opens the search page.
(function () {
  'use strict';

  // A paper size requested in the address (#paper=a4 or #paper=letter) selects a named @page in the CSS.
  var paper = /(?:^#|&)paper=(a4|letter)\b/.exec(window.location.hash);
  if (paper) document.documentElement.dataset.paper = paper[1];

  function isTyping(target) {
    return target instanceof HTMLElement &&
      (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  document.addEventListener('keydown', function (event) {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    var box = document.getElementById('search-input') || document.getElementById('header-search-input');
    if (!box) return;
    event.preventDefault();
    box.focus();
    box.select();
  });

  var form = document.querySelector('.header-search');
  if (form) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var query = form.elements.namedItem('q').value.trim();
      // The query travels in the fragment: it works from file:// and never reaches a server log.
      window.location.href = form.getAttribute('action') + (query ? '#q=' + encodeURIComponent(query) : '');
    });
  }
})();
