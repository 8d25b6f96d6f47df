// Added by `handbook serve` to every page: reloads when the site is rebuilt and shows build errors over
// the page until they are fixed. Not part of a built site.
(function () {
  'use strict';
  var OVERLAY_ID = 'handbook-overlay';

  function hide() {
    var old = document.getElementById(OVERLAY_ID);
    if (old) old.remove();
  }

  function show(errors) {
    hide();
    var box = document.createElement('div');
    box.id = OVERLAY_ID;
    box.setAttribute('role', 'alert');
    box.style.cssText = 'position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,22,26,.94);color:#f3f4f6;' +
      'font:14px/1.5 ui-monospace,Menlo,Consolas,monospace;padding:2rem;';
    var title = document.createElement('h2');
    title.textContent = errors.length + (errors.length === 1 ? ' error' : ' errors') + ': the site below is from your last edit, fix these to clear this';
    title.style.cssText = 'font:600 18px/1.3 system-ui,sans-serif;color:#ff9c9c;margin:0 0 1rem;';
    box.appendChild(title);
    errors.forEach(function (d) {
      var item = document.createElement('p');
      item.style.cssText = 'margin:0 0 .9rem;white-space:pre-wrap;';
      var where = document.createElement('strong');
      where.textContent = d.file + ':' + d.line + ':' + d.column + ' ' + d.rule;
      item.appendChild(where);
      item.appendChild(document.createTextNode('\n' + d.message + (d.help ? '\nFix: ' + d.help : '')));
      box.appendChild(item);
    });
    var close = document.createElement('button');
    close.type = 'button';
    close.textContent = 'Hide until the next change';
    close.addEventListener('click', hide);
    box.appendChild(close);
    document.body.appendChild(box);
  }

  var version = null;
  var events = new EventSource('/__handbook/events');
  events.addEventListener('state', function (event) {
    var state = JSON.parse(event.data);
    if (version !== null && state.version !== version) { window.location.reload(); return; }
    version = state.version;
    if (state.errors.length) show(state.errors); else hide();
  });
  events.addEventListener('reload', function () { window.location.reload(); });
})();
