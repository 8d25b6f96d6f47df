// Fits the cheat sheet on one page: the sheet is laid out at the size of the printable area shared by
// A4 and US Letter, and this script steps the type scale down until its height fits that area too.
(function () {
  'use strict';

  var sheet = document.getElementById('sheet');
  var body = document.getElementById('sheet-body');
  if (!sheet || !body) return;

  var PX_PER_MM = 96 / 25.4;
  var PAGE_HEIGHT_MM = 255;  // Letter's 279.4 mm less 10 mm margins top and bottom, less a safety strip
  var SMALLEST = 0.55;       // below this the type is too small to read at a glance
  var STEP = 0.025;

  function fits() {
    return body.getBoundingClientRect().height <= PAGE_HEIGHT_MM * PX_PER_MM;
  }

  function fit() {
    var scale = 1;
    sheet.style.setProperty('--sheet-scale', String(scale));
    while (!fits() && scale > SMALLEST) {
      scale = Math.max(SMALLEST, Math.round((scale - STEP) * 1000) / 1000);
      sheet.style.setProperty('--sheet-scale', String(scale));
    }
    sheet.dataset.scale = String(scale);
    sheet.dataset.fits = String(fits());
  }

  fit();
  if (document.fonts && document.fonts.ready) document.fonts.ready.then(fit);
  window.addEventListener('beforeprint', fit);

  var button = document.getElementById('print-sheet');
  if (button) button.addEventListener('click', function () { window.print(); });
})();
