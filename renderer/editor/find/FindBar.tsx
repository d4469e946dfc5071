import type { Command, EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { memo, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { closeFind, findStep, replaceAll, replaceCurrent, searchFor } from '../../../shared/editor/commands/findCommands.ts';
import { ownUndoStep } from '../../../shared/editor/commands/ownUndoStep.ts';
import type { FindState } from '../../../shared/editor/find/findState.ts';
import { findKey } from '../../../shared/editor/keys.ts';
import { type ValueStore, useStoreValue } from '../valueStore.ts';
import { useFindShortcuts } from './useFindShortcuts.ts';

const findStateOf = (state: EditorState | null) => (state ? findKey.getState(state) : undefined);

/** Typing in the query waits this long before searching, so a long document stays responsive. */
const SEARCH_DELAY_MS = 150;

/**
 * "Tìm và thay thế" above the page: the query, whether diacritics count, "3/12", previous and
 * next, and (Ctrl+H) the replace row. The matches live in the find plugin; this bar only sends
 * commands. Esc anywhere in it closes it and puts the caret back in the text at the current match.
 */
export const FindBar = memo(function FindBar({ view, states, readOnly }: { view: EditorView | null; states: ValueStore<EditorState | null>; readOnly: boolean }) {
  useFindShortcuts(view);
  // The find plugin's state: the same object while the bar is closed, so typing re-renders nothing here.
  const find = useStoreValue(states, findStateOf);
  if (!view || !find?.open) return null;
  return <OpenFindBar view={view} find={find} readOnly={readOnly} />;
});

/** `readOnly`: the editor finds but does not replace (its plugin would refuse the change anyway). */
function OpenFindBar({ view, find, readOnly }: { view: EditorView; find: FindState; readOnly: boolean }) {
  const { t } = useI18n();
  const [query, setQuery] = useState(find.query);
  const [replacement, setReplacement] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const run = (command: Command) => command(view.state, view.dispatch);

  // Ctrl+F (again), Ctrl+H, the toolbar button: take the focus, with the query the bar opened with.
  useEffect(() => {
    setQuery(find.query);
    input.current?.focus();
    input.current?.select();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [find.focus]);
  useEffect(() => () => clearTimeout(pending.current), []);

  const search = (text: string, ignoreDiacritics = find.ignoreDiacritics, replacing = find.replacing) => {
    clearTimeout(pending.current);
    pending.current = undefined;
    run(searchFor(text, ignoreDiacritics, replacing));
  };
  const onType = (text: string) => {
    setQuery(text);
    clearTimeout(pending.current);
    pending.current = setTimeout(() => search(text), SEARCH_DELAY_MS);
  };
  const step = (direction: 1 | -1) => {
    // Enter before the delayed search ran: search now, which selects the first match already.
    if (pending.current !== undefined) search(query);
    else run(findStep(direction));
  };
  const close = () => {
    // Esc right after typing: land on the first match of what was typed, as if it had been searched.
    if (pending.current !== undefined) search(query);
    run(closeFind);
    view.focus();
  };
  const onKeyDown = (event: KeyboardEvent, enter: () => void) => {
    if (event.key !== 'Enter') return;
    enter();
    event.preventDefault();
  };
  // Esc anywhere in the bar (the query, a button, the checkbox) closes it and returns to the text.
  const onBarKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    close();
  };
  // Replacing is its own undo step, never merged with typing just before or after it.
  const replace = (command: Command) => run(ownUndoStep(command));

  const total = find.matches.length;
  const count = !find.query.trim() ? '' : total === 0 ? t('find.none') : find.current >= 0 ? `${find.current + 1}/${total}` : t('find.total', { total });
  return (
    <div className="find-bar no-print" role="search" aria-label={t('find.title')} onKeyDown={onBarKeyDown} data-testid="find-bar">
      <div className="find-row">
        <input
          ref={input}
          type="search"
          value={query}
          placeholder={t('find.placeholder')}
          aria-label={t('find.query')}
          onChange={(e) => onType(e.target.value)}
          onKeyDown={(e) => onKeyDown(e, () => step(e.shiftKey ? -1 : 1))}
          data-testid="find-query"
        />
        <span className="find-count" role="status" data-testid="find-count">
          {count}
        </span>
        <button type="button" title={t('find.previous')} aria-label={t('find.previous')} disabled={total === 0} onClick={() => step(-1)} data-testid="find-previous">
          ↑
        </button>
        <button type="button" title={t('find.next')} aria-label={t('find.next')} disabled={total === 0} onClick={() => step(1)} data-testid="find-next">
          ↓
        </button>
        <label className="find-option" title={t('find.ignoreDiacriticsHint')}>
          <input type="checkbox" checked={find.ignoreDiacritics} onChange={(e) => search(query, e.target.checked)} data-testid="find-ignore-diacritics" />
          {t('find.ignoreDiacritics')}
        </label>
        <button type="button" aria-pressed={find.replacing} title={t('find.replaceToggleHint')} onClick={() => search(query, find.ignoreDiacritics, !find.replacing)} disabled={readOnly} data-testid="find-replace-toggle">
          {t('find.replaceToggle')}
        </button>
        <span className="spacer" />
        <button type="button" className="link" title={t('find.close')} aria-label={t('find.close')} onClick={close} data-testid="find-close">
          ✕
        </button>
      </div>
      {find.replacing && !readOnly && (
        <div className="find-row">
          <input
            type="text"
            value={replacement}
            placeholder={t('find.replacePlaceholder')}
            aria-label={t('find.replacement')}
            onChange={(e) => setReplacement(e.target.value)}
            onKeyDown={(e) => onKeyDown(e, () => replace(replaceCurrent(replacement)))}
            data-testid="find-replacement"
          />
          <button type="button" disabled={total === 0} onClick={() => replace(replaceCurrent(replacement))} data-testid="find-replace-one">
            {t('find.replaceOne')}
          </button>
          <button type="button" disabled={total === 0} onClick={() => replace(replaceAll(replacement))} data-testid="find-replace-all">
            {t('find.replaceAll')}
          </button>
          {find.replaced !== null && (
            <span className="find-replaced" role="status" data-testid="find-replaced">
              {t('find.replaced', { count: find.replaced })}
            </span>
          )}
          <span className="muted small">{t('find.wholeSyllables')}</span>
        </div>
      )}
    </div>
  );
}
