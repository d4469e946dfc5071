import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { usePageKeys } from '../ui/usePageKeys.ts';
import { BLOCK_CHOICES, shortcutLabel } from '../../shared/editor/blockShortcuts.ts';
import { placeMenu, type MenuPlacement } from './menuPlacement.ts';

/** The key that opens the shortcuts from anywhere on the editor page. */
export const SHORTCUT_HELP_KEY = 'Ctrl+/';

/**
 * A "?" button that shows the structure shortcuts in a small popover (also as its tooltip). The
 * popover takes the focus when it opens (by click, Enter or Ctrl+/) and closes on Esc, a click
 * outside it and the focus leaving it; Esc gives the focus back to where it was before.
 */
export function ShortcutHelp() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const popoverId = useId();
  const wrapper = useRef<HTMLSpanElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const popover = useRef<HTMLDivElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const [place, setPlace] = useState<MenuPlacement | null>(null);
  const show = useCallback(() => {
    returnTo.current = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : button.current;
    setOpen(true);
  }, []);
  const close = useCallback((restoreFocus: boolean) => {
    setOpen(false);
    if (restoreFocus) (returnTo.current ?? button.current)?.focus();
  }, []);
  usePageKeys((event) => {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key === '/') {
      event.preventDefault();
      show();
    }
  });
  // Under the button, kept inside the window as the block menu is.
  useLayoutEffect(() => {
    if (!open) return setPlace(null);
    const under = button.current!.getBoundingClientRect();
    const box = popover.current!;
    setPlace(placeMenu(under.left, under.bottom + 2, { width: box.offsetWidth, height: box.scrollHeight + box.offsetHeight - box.clientHeight }, { width: window.innerWidth, height: window.innerHeight }));
  }, [open]);
  // Once placed (hidden until then, and a hidden element takes no focus).
  const placed = place !== null;
  useEffect(() => {
    if (open && placed) popover.current?.focus();
  }, [open, placed]);
  useEffect(() => {
    if (!open) return;
    const away = (event: MouseEvent) => wrapper.current?.contains(event.target as Node) || close(false);
    window.addEventListener('mousedown', away);
    return () => window.removeEventListener('mousedown', away);
  }, [open, close]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.preventDefault();
    event.stopPropagation();
    close(true);
  };
  // The focus went somewhere outside (Tab away, a click into the text): the popover is done.
  const onBlur = (event: FocusEvent) => {
    if (open && !wrapper.current?.contains(event.relatedTarget as Node | null)) close(false);
  };
  const rows = shortcutRows(t);
  const summary = rows.map(([key, what]) => `${key}: ${what}`).join('\n');
  return (
    <span className="shortcut-help" ref={wrapper} onKeyDown={onKeyDown} onBlur={onBlur}>
      <button
        type="button"
        ref={button}
        title={summary}
        aria-expanded={open}
        aria-haspopup="dialog"
        aria-controls={open ? popoverId : undefined}
        aria-label={`${t('editor.shortcut.title')} (${SHORTCUT_HELP_KEY})`}
        onClick={() => (open ? close(false) : show())}
        data-testid="shortcut-help"
      >
        ?
      </button>
      {open && (
        <div
          className="popover"
          role="dialog"
          id={popoverId}
          ref={popover}
          tabIndex={-1}
          style={place ? { left: place.left, top: place.top, maxHeight: place.maxHeight ?? undefined } : { visibility: 'hidden' }}
          aria-label={t('editor.shortcut.title')}
          data-testid="shortcut-popover"
        >
          <strong>{t('editor.shortcut.title')}</strong>
          <table>
            <tbody>
              {rows.map(([key, what]) => (
                <tr key={key}>
                  <td>
                    <kbd>{key}</kbd>
                  </td>
                  <td>{what}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted small">{t('editor.shortcut.contextMenu')}</p>
        </div>
      )}
    </span>
  );
}

function shortcutRows(t: ReturnType<typeof useI18n>['t']): [string, string][] {
  return [
    ['Tab', t('editor.shortcut.demote')],
    ['Shift+Tab', t('editor.shortcut.promote')],
    ['Alt+Shift+↑ / ↓', t('editor.shortcut.moveSection')],
    ['Enter', t('editor.shortcut.enter')],
    ['Ctrl+F', t('editor.shortcut.find')],
    ['Ctrl+H', t('editor.shortcut.replace')],
    ['F3 / Shift+F3', t('editor.shortcut.findNext')],
    ...BLOCK_CHOICES.filter((c) => c.key).map((c) => [shortcutLabel(c.key!), t(`editor.block.${c.value}` as 'editor.block.paragraph')] as [string, string]),
    [SHORTCUT_HELP_KEY, t('editor.shortcut.help')],
  ];
}
