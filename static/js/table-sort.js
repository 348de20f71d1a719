// Progressive enhancement of the analysis tables (issue 4): a click on a column header sorts the
// table in place instead of reloading the page sorted by the server (which is what the header's
// link does without JavaScript). aria-sort tells screen readers the order; a live region says it.
(() => {
  const collator = new Intl.Collator(document.documentElement.lang || 'de', { numeric: true, sensitivity: 'base' });
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  document.body.appendChild(status);

  const value = (row, index) => row.children[index] ? row.children[index].getAttribute('data-sort') || '' : '';

  const sortBy = (table, th) => {
    const headers = Array.from(table.tHead.rows[0].cells);
    const index = headers.indexOf(th);
    const numeric = th.getAttribute('data-type') === 'num';
    const descending = th.getAttribute('aria-sort') === 'ascending';
    const body = table.tBodies[0];
    const rows = Array.from(body.rows);
    rows.sort((x, y) => {
      const a = value(x, index);
      const b = value(y, index);
      if (numeric) {
        if (a === '' || b === '') return a === b ? 0 : (a === '' ? 1 : -1);  // no value: last
        return descending ? Number(b) - Number(a) : Number(a) - Number(b);
      }
      return descending ? collator.compare(b, a) : collator.compare(a, b);
    });
    rows.forEach((row) => body.appendChild(row));
    headers.forEach((h) => h.removeAttribute('aria-sort'));
    th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
    status.textContent = th.textContent.trim() + ': ' + (descending ? '↓' : '↑');
  };

  document.querySelectorAll('table[data-sortable] thead th').forEach((th) => {
    const link = th.querySelector('a');
    if (!link) return;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      sortBy(th.closest('table'), th);
    });
  });
})();
