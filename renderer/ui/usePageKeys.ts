import { useEffect, useRef } from 'react';

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
      if (event.defaultPrevented || document.querySelector('dialog[open]')) return;
      latest.current(event);
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [active]);
}
