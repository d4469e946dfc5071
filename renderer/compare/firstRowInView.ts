/**
 * The first row (its `data-row`) that reaches into a scrolling column's view, or null when there is
 * none: the row the browser's scroll anchoring keeps in place while rows are added around it.
 */
export function firstRowInView(scroller: HTMLElement | null): number | null {
  if (!scroller) return null;
  const top = scroller.getBoundingClientRect().top;
  const rows = scroller.querySelectorAll('[data-row]');
  // Rows are stacked in document order, so their bottoms increase: binary search, few layout reads.
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid].getBoundingClientRect().bottom <= top) lo = mid + 1;
    else hi = mid;
  }
  return lo < rows.length ? Number(rows[lo].getAttribute('data-row')) : null;
}
