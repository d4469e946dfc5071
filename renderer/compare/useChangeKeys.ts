import { usePageKeys } from '../ui/usePageKeys.ts';

/** Whether a key press belongs to a form field rather than to the page. */
function inField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName));
}

/**
 * Keyboard navigation of changes: n or F8 goes to the next change, p or Shift+F8 to the previous
 * one (F8 as in Word's and LibreOffice's change navigation habits; n/p for one hand).
 */
export function useChangeKeys(step: (dir: 1 | -1) => void): void {
  usePageKeys((event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || inField(event.target)) return;
    const dir = event.key === 'F8' ? (event.shiftKey ? -1 : 1) : event.key === 'n' ? 1 : event.key === 'p' ? -1 : 0;
    if (dir === 0) return;
    event.preventDefault();
    step(dir);
  });
}
