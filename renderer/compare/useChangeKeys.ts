import { usePageKeys } from '../ui/usePageKeys.ts';

/** Inputs that take no typed text: a key press on them still belongs to the page. */
const UNTYPED_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file']);

/**
 * Whether a letter typed belongs to a field rather than to the page: text fields, and selects
 * (where a letter picks an option). A ticked filter checkbox keeps the shortcuts working.
 */
export function typesText(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  if (el.isContentEditable || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') return true;
  return el.tagName === 'INPUT' && !UNTYPED_INPUTS.has((el as HTMLInputElement).type);
}

/**
 * Keyboard navigation of changes: n or F8 goes to the next change, p or Shift+F8 to the previous
 * one (F8 as in Word's and LibreOffice's change navigation habits; n/p for one hand). F8 works
 * wherever the focus is (no field types it); n and p everywhere but where they would be typed.
 */
export function useChangeKeys(step: (dir: 1 | -1) => void): void {
  usePageKeys((event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const letter = event.key === 'n' || event.key === 'p';
    if (letter && typesText(event.target)) return;
    const dir = event.key === 'F8' ? (event.shiftKey ? -1 : 1) : event.key === 'n' ? 1 : event.key === 'p' ? -1 : 0;
    if (dir === 0) return;
    event.preventDefault();
    step(dir);
  });
}
