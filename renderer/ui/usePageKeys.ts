import { useEffect, useRef } from 'react';

/**
 * Whether the key goes to an open modal dialog. Outside a modal dialog the page is inert, so
 * while one is open the key's target is inside it, or the body when nothing has the focus. Asked
 * of the target's ancestors, not of the whole page: `querySelector('dialog[open]')` walked every
 * element of a 1,200-block report on every keystroke, once per page-key handler (issue 9).
 */
function forModalDialog(event: KeyboardEvent): boolean {
  const target = event.target;
  if (target instanceof Element && target !== document.body && target !== document.documentElement) return target.closest('dialog[open]') !== null;
  return document.querySelector('dialog[open]') !== null;
}

/**
 * A key handler for the whole page (shortcuts that work wherever the focus is). It stands back
 * while a modal dialog is open, whose keys are its own, and when another handler has already
 * taken the key (`preventDefault`). `active` false removes it.
 */
export function usePageKeys(onKey: (event: KeyboardEvent) => void, active = true): void {
  const latest = useRef(onKey);
  latest.current = onKey;
  useEffect(() => {
    if (!active) return;
    const listener = (event: KeyboardEvent) => {
      if (event.defaultPrevented || forModalDialog(event)) return;
      latest.current(event);
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [active]);
}
