// Sortable tables: a button in each sortable column heading sorts by that column's data-value.
(function () {
  'use strict';

  document.querySelectorAll('table.sortable').forEach(function (table) {
    var headings = Array.from(table.tHead.rows[0].cells);
    headings.forEach(function (heading, column) {
      var button = heading.querySelector('button');
      if (!button) return;
      button.addEventListener('click', function () {
        var ascending = heading.getAttribute('aria-sort') !== 'ascending';
        var numeric = heading.dataset.sort === 'number';
        var body = table.tBodies[0];
        var rows = Array.from(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[column].dataset.value;
          var y = b.cells[column].dataset.value;
          var order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
          return ascending ? order : -order;
        });
        headings.forEach(function (h) { h.removeAttribute('aria-sort'); });
        heading.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        body.append.apply(body, rows);
      });
    });
  });
})();
