import type { EditorState } from 'prosemirror-state';
import { useMemo } from 'react';
import { topLevelBlocks } from '../../shared/editor/commands/topLevel.ts';
import { numberingKey, sectionMoveKey } from '../../shared/editor/keys.ts';
import type { SectionMove } from '../../shared/editor/plugins/sectionMove.ts';
import { useI18n, type Translate } from '../i18n/I18nProvider.tsx';
import { type ValueStore, useStoreValue } from './valueStore.ts';

/** Longest heading text said in a notice; the rest is "…". */
const TITLE_CHARS = 60;

/**
 * Says, for screen readers (a polite live region), what Alt+Shift+↑/↓ did: the section, by its
 * number and heading, moved up or down, or stayed because it is first or last of its rank.
 */
export function SectionMoveNotice({ states }: { states: ValueStore<EditorState | null> }) {
  const { t } = useI18n();
  // Re-rendered only when a move happens (the plugin's state object changes), not per keystroke.
  const move = useStoreValue(states, (state) => (state ? sectionMoveKey.getState(state) ?? null : null));
  const state = states.get();
  // Worded once per move, with the number the section has after it; typing later changes nothing.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const text = useMemo(() => (move && state ? describeMove(t, move, state) : ''), [move, t]);
  return (
    <p className="visually-hidden" role="status" aria-live="polite" data-testid="section-move-notice">
      {text}
    </p>
  );
}

function describeMove(t: Translate, move: SectionMove, state: EditorState): string {
  const block = topLevelBlocks(state.doc).find((b) => b.id === move.blockId);
  const number = numberingKey.getState(state)?.prefixes.get(move.blockId) ?? '';
  const text = block?.node.textContent.trim() ?? '';
  const title = `${number}${text.length > TITLE_CHARS ? `${text.slice(0, TITLE_CHARS).trimEnd()}…` : text}`.trim();
  if (move.moved) return t(move.direction === 'up' ? 'editor.sectionMove.up' : 'editor.sectionMove.down', { title });
  return t(move.direction === 'up' ? 'editor.sectionMove.first' : 'editor.sectionMove.last', { title });
}
