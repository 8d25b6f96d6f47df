// Fits the cheat sheet on one page: the sheet is laid out at the size of the printable area shared by
// A4 and US Letter, and this script steps the type scale down until its height fits that area too.
// On screen the page is then shown whole, zoomed to the window's width; paper is never zoomed.
(function () {
  'use strict';

  var sheet = document.getElementById('sheet');
  var body = document.getElementById('sheet-body');
  if (!sheet || !body) return;

  var PX_PER_MM = 96 / 25.4;
  var PAGE_HEIGHT_MM = 255;  // Letter's 279.4 mm less 10 mm margins top and bottom, less a safety strip
  var SMALLEST = 0.55;       // below this the type is too small to read at a glance
  var STEP = 0.025;

  // Measured at zoom 1, in the sheet's own pixels.
  function fits() {
    return body.offsetHeight <= PAGE_HEIGHT_MM * PX_PER_MM;
  }

  function fit() {
    var scale = 1;
    sheet.style.setProperty('--sheet-zoom', '1');
    sheet.style.setProperty('--sheet-scale', String(scale));
    while (!fits() && scale > SMALLEST) {
      scale = Math.max(SMALLEST, Math.round((scale - STEP) * 1000) / 1000);
      sheet.style.setProperty('--sheet-scale', String(scale));
    }
    sheet.dataset.scale = String(scale);
    sheet.dataset.fits = String(fits());
    zoom();
  }

  // The preview takes the width the page gives it, never more than the paper's own size.
  function zoom() {
    sheet.style.setProperty('--sheet-zoom', '1');
    var available = sheet.parentElement.clientWidth;
    var styles = getComputedStyle(sheet.parentElement);
    available -= parseFloat(styles.paddingLeft) + parseFloat(styles.paddingRight);
    var factor = Math.min(1, available / sheet.offsetWidth);
    sheet.style.setProperty('--sheet-zoom', String(Math.floor(factor * 1000) / 1000));
    sheet.dataset.zoom = sheet.style.getPropertyValue('--sheet-zoom');
  }

  fit();
  if (document.fonts && document.fonts.ready) document.fonts.ready.then(fit);
  window.addEventListener('beforeprint', fit);
  window.addEventListener('resize', zoom);

  var button = document.getElementById('print-sheet');
  if (button) button.addEventListener('click', function () { window.print(); });
})();
