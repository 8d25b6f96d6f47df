// Site-wide behaviour: the phone menu, "/" to search, results under the header search box as you type,
// and the page's address at the foot of a printout.
(function () {
  'use strict';

  // A paper size requested in the address (#paper=a4 or #paper=letter) selects a named @page in the CSS.
  var paper = /(?:^#|&)paper=(a4|letter)\b/.exec(window.location.hash);
  if (paper) document.documentElement.dataset.paper = paper[1];

  var assets = document.currentScript ? document.currentScript.src.replace(/site\.js([?#].*)?$/, '') : 'assets/';
  var header = document.querySelector('.site-header');
  var form = document.querySelector('.header-search');
  var box = document.getElementById('header-search-input');

  // The phone menu: one button that shows the links and the search box. Made here, because it only works
  // with script; without script the links wrap under the title instead.
  if (header) {
    var toggle = document.createElement('button');
    toggle.type = 'button';
    toggle.className = 'menu-toggle';
    toggle.setAttribute('aria-expanded', 'false');
    var icon = document.createElement('span');
    icon.className = 'menu-toggle-icon';
    icon.setAttribute('aria-hidden', 'true');
    toggle.append(icon, document.createTextNode('Menu'));
    var nav = header.querySelector('nav');
    if (nav) {
      if (!nav.id) nav.id = 'site-nav';
      toggle.setAttribute('aria-controls', nav.id);
    }
    header.querySelector('.site-title').after(toggle);
    document.documentElement.classList.add('has-menu');
    var setOpen = function (open) {
      header.classList.toggle('menu-open', open);
      toggle.setAttribute('aria-expanded', String(open));
    };
    toggle.addEventListener('click', function () { setOpen(!header.classList.contains('menu-open')); });
    header.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && header.classList.contains('menu-open') && event.target !== box) {
        setOpen(false);
        toggle.focus();
      }
    });
    window.HandbookMenu = { open: function () { setOpen(true); } };
  }

  function isTyping(target) {
    return target instanceof HTMLElement &&
      (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  // "/" focuses search. In a search box that is still empty it is the same key pressed again, not a character
  // to search for.
  document.addEventListener('keydown', function (event) {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    var target = document.getElementById('search-input') || box;
    if (!target) return;
    if (isTyping(event.target) && !(event.target === target && target.value === '')) return;
    event.preventDefault();
    if (target === box && box.offsetParent === null && window.HandbookMenu) window.HandbookMenu.open();
    target.focus();
    target.select();
  });

  // The header box searches as you type. Its index and engine load the first time it is used, so other
  // pages stay light; they are plain scripts, because fetch() of local files is blocked from disk.
  var loading = false;
  function loadSearch() {
    if (loading || document.getElementById('search-input')) return;
    loading = true;
    ['stem.js', 'search-index.js', 'search.js'].reduce(function (previous, file) {
      return previous.then(function () {
        return new Promise(function (resolve, reject) {
          var script = document.createElement('script');
          script.src = assets + file;
          // In a locked share build a data script is decrypted after it loads (lock.js): wait for it.
          script.onload = function () { (window.HandbookLock ? window.HandbookLock.settled() : Promise.resolve()).then(resolve); };
          script.onerror = reject;
          document.head.appendChild(script);
        });
      });
    }, Promise.resolve()).catch(function () { loading = false; });
  }

  if (form && box) {
    box.addEventListener('focus', loadSearch);
    box.addEventListener('input', loadSearch);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var query = form.elements.namedItem('q').value.trim();
      // The query travels in the fragment: it works from file:// and never reaches a server log.
      window.location.href = form.getAttribute('action') + (query ? '#q=' + encodeURIComponent(query) : '');
    });
  }

  // A printout ends with the page's address: the published one when the handbook has a baseUrl.
  var main = document.getElementById('main');
  if (main && !document.getElementById('sheet')) {
    var canonical = document.querySelector('link[rel="canonical"]');
    var address = document.createElement('p');
    address.className = 'print-url';
    address.textContent = canonical ? canonical.href : window.location.href.split('#')[0];
    main.appendChild(address);
  }
})();
