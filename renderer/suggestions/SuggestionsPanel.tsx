import { TextSelection } from 'prosemirror-state';
import { useEffect, useMemo, useState } from 'react';
import { roleIn } from '../../shared/accounts/roles.ts';
import { decodeRelativePosition } from '../../shared/comments/yPositions.ts';
import { suggestModeKey } from '../../shared/editor/keys.ts';
import type { SuggestionMark, SuggestModePatch } from '../../shared/editor/plugins/suggestModeState.ts';
import { suggestionColour } from '../../shared/suggestions/suggestionColour.ts';
import type { SuggestionJson } from '../../shared/rpc/suggestionContract.ts';
import { useMember } from '../accounts/member.ts';
import { call } from '../api/rpcClient.ts';
import type { EditorContext } from '../editor/EditorFeature.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { DecideBar } from './DecideBar.tsx';
import { takeSuggestionFocus } from './focusSuggestion.ts';
import { SuggestionCard, type SuggestionActions } from './SuggestionCard.tsx';
import { useSuggestionOutbox } from './useSuggestionOutbox.ts';
import { useSuggestions } from './useSuggestions.ts';

/**
 * The suggestions beside the page: the open ones in the order of the text (those whose place is
 * no longer found last), each drawn in the text in its author's colour; for drafters, accept and
 * reject one, all, or all of one author. A stale one shows the text it was made on and the text
 * there now; accepting it anyway sends back the text shown, which the server applies over only.
 * It also sends what suggestion mode types (useSuggestionOutbox).
 */
export function SuggestionsPanel({ context }: { context: EditorContext }) {
  const { t } = useI18n();
  const { workspaceId, documentId, view, states, settled } = context;
  const member = useMember();
  const me = member?.name ?? 'local';
  const role = member ? roleIn(member.grants, workspaceId) : 'owner';
  const canDecide = role === 'owner' || role === 'drafter';
  const { suggestions, error, run, clearError } = useSuggestions(workspaceId, documentId, context.onStateless, context.onSynced);
  const [note, setNote] = useState<string | null>(null);
  const ref = useMemo(() => ({ workspaceId, documentId }), [workspaceId, documentId]);
  useSuggestionOutbox(view, states, ref, run);

  // Placed on the view's own state by their relative positions, again when the text settles.
  const placed = useMemo(() => {
    if (!view || !suggestions || !settled) return null;
    const locate = (encoded: string) => decodeRelativePosition(view.state, encoded);
    return suggestions
      .filter((s) => s.status === 'open')
      .map((s) => {
        const from = locate(s.anchor.start);
        const to = s.anchor.start === s.anchor.end ? from : locate(s.anchor.end);
        return { suggestion: s, from: from !== null && to !== null && from <= to ? from : null, to: to ?? 0 };
      })
      .sort((a, b) => (a.from ?? Infinity) - (b.from ?? Infinity));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view, suggestions, settled?.doc]);

  useEffect(() => {
    if (!view || view.isDestroyed || !placed) return;
    const marks: SuggestionMark[] = placed.flatMap((p) =>
      p.from === null ? [] : [{ id: p.suggestion.id, from: p.from, to: p.to, inserted: p.suggestion.insertedText, colour: suggestionColour(p.suggestion), stale: p.suggestion.stale, start: p.suggestion.anchor.start, end: p.suggestion.anchor.end }],
    );
    view.dispatch(view.state.tr.setMeta(suggestModeKey, { marks } satisfies SuggestModePatch));
  }, [view, placed]);

  const actions: SuggestionActions = {
    me,
    canDecide,
    jump(id) {
      const p = placed?.find((x) => x.suggestion.id === id);
      if (!view || !p || p.from === null) return;
      view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, p.from, p.to)).scrollIntoView());
    },
    async accept(s: SuggestionJson, anyway: boolean) {
      setNote(null);
      const result = await run(() => call('suggestion.accept', { ...ref, suggestionId: s.id, ...(anyway && s.currentText !== null ? { current: s.currentText } : {}) }));
      if (result && !result.applied) setNote(t('suggestions.notApplied'));
    },
    reject: (s) => void run(() => call('suggestion.reject', { ...ref, suggestionId: s.id })),
  };
  // Opened "at" a suggestion (from the feedback page): its text is selected once it is placed.
  useEffect(() => {
    if (!placed || placed.length === 0) return;
    const focus = takeSuggestionFocus(documentId);
    if (!focus) return;
    actions.jump(focus);
    view?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [placed, documentId]);
  const open = placed?.map((p) => p.suggestion) ?? [];
  const decided = suggestions?.filter((s) => s.status !== 'open') ?? [];

  return (
    <aside className="side-panel suggestions-panel no-print" aria-label={t('suggestions.title')} data-testid="suggestions-panel">
      <div className="panel-head">
        <h2>{t('suggestions.title')}</h2>
        <span className="muted small" data-testid="suggestions-count">
          {t('suggestions.count', { count: open.length })}
        </span>
      </div>
      {error && (
        <div onClick={clearError}>
          <ErrorNote error={error} />
        </div>
      )}
      {note && (
        <p className="suggestion-note small" role="status" data-testid="suggestion-note">
          {note}
        </p>
      )}
      {canDecide && open.length > 0 && <DecideBar open={open} me={me} run={run} refInput={ref} onStaleLeft={(n) => setNote(n > 0 ? t('suggestions.staleLeft', { count: n }) : null)} />}
      <div className="suggestions-scroll">
        {open.map((s) => (
          <SuggestionCard key={s.id} suggestion={s} actions={actions} />
        ))}
        {suggestions?.length === 0 && <p className="muted small">{t('suggestions.empty')}</p>}
        {decided.length > 0 && (
          <details className="suggestion-group" data-testid="suggestions-decided">
            <summary>{t('suggestions.decided', { count: decided.length })}</summary>
            {decided.map((s) => (
              <SuggestionCard key={s.id} suggestion={s} actions={actions} />
            ))}
          </details>
        )}
      </div>
    </aside>
  );
}
