// Progressive enhancement only: every page works without this file (and without htmx).
// After htmx has replaced the content of <main> (a pager, in-page navigation), move the focus
// there, so keyboard and screen-reader users continue at the new content, not at the link.
document.addEventListener('htmx:afterSwap', (event) => {
  const target = event.detail && event.detail.target;
  if (target && target.id === 'main') target.focus();
});
