/** What a reader does to scroll by themself; it ends `keepInView`. */
const READER_SCROLLS = ['wheel', 'touchstart', 'pointerdown'] as const;

/**
 * Scrolls row `row` to the middle of `scroller`, and again whenever the content changes size,
 * until the reader scrolls, presses a key or a second has passed. Returns a function that stops.
 * Rows never drawn yet (`content-visibility: auto`) are laid out at an estimated height and take
 * their real one only in a later frame, which moves a row scrolled to among them; a
 * ResizeObserver runs after that layout and before the paint, so the row is seen where it belongs.
 */
export function keepInView(scroller: HTMLElement, row: number): () => void {
  const centre = () => scroller.querySelector(`[data-row="${row}"]`)?.scrollIntoView({ block: 'center' });
  centre();
  const observer = new ResizeObserver(centre);
  for (const child of scroller.children) observer.observe(child);
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
    for (const type of READER_SCROLLS) scroller.removeEventListener(type, stop);
    window.removeEventListener('keydown', stop);
  };
  const timer = setTimeout(stop, 1000);
  for (const type of READER_SCROLLS) scroller.addEventListener(type, stop, { passive: true });
  window.addEventListener('keydown', stop);
  return stop;
}
