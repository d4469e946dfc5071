import type { Node } from 'prosemirror-model';
import { Plugin, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import type { FindMatch } from '../../../shared/editor/find/findInDoc.ts';
import { findKey } from '../../../shared/editor/keys.ts';
import { refreshFind } from '../../../shared/editor/commands/findCommands.ts';

/**
 * What the find bar shows: its query, every match and the current one, highlighted by inline
 * decorations. Commands (findCommands.ts) compute matches and hand them over as a `FindPatch`
 * meta; the plugin itself never searches. While the bar is closed it does nothing at all, so a
 * keystroke costs nothing more. While it is open an edit only maps the matches (they go
 * `stale`), and the search runs again a moment later, re-reading only the edited blocks.
 */
export interface FindState {
  open: boolean;
  /** The replace row is shown: matches are whole syllables then. */
  replacing: boolean;
  query: string;
  ignoreDiacritics: boolean;
  matches: readonly FindMatch[];
  /** Index of the current match, -1 when none. */
  current: number;
  decorations: DecorationSet;
  /** The document changed since `matches` were found; they are mapped until searched again. */
  stale: boolean;
  /** Bumped when the bar should take the focus (Ctrl+F, Ctrl+H, the toolbar button). */
  focus: number;
  /** Bumped when the current match should be scrolled into view. */
  reveal: number;
  /** How many matches "Thay tất cả" replaced, until the next search. */
  replaced: number | null;
}

export type FindPatch = Partial<Omit<FindState, 'decorations'>>;

/** Time typing may pause before the matches of an edited document are searched again. */
const REFRESH_MS = 250;
const MATCH = { class: 'find-match' };
const CURRENT = { class: 'find-match find-current' };

export const CLOSED: FindState = {
  open: false,
  replacing: false,
  query: '',
  ignoreDiacritics: false,
  matches: [],
  current: -1,
  decorations: DecorationSet.empty,
  stale: false,
  focus: 0,
  reveal: 0,
  replaced: null,
};

export function findPlugin(): Plugin<FindState> {
  return new Plugin<FindState>({
    key: findKey,
    state: {
      init: () => CLOSED,
      apply(tr, value) {
        const patch = tr.getMeta(findKey) as FindPatch | undefined;
        if (!patch && !value.open) return value;
        // Matches in a patch were found in this transaction's document; others are mapped.
        const mapped = tr.docChanged && value.open && !patch?.matches ? mapMatches(value, tr) : value;
        return patch ? withPatch(mapped, patch, tr.doc) : mapped;
      },
    },
    props: {
      decorations: (state) => findKey.getState(state)?.decorations,
    },
    view: () => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      return {
        update(view, previous) {
          const state = findKey.getState(view.state)!;
          if (state.open && state.stale && timer === undefined)
            timer = setTimeout(() => {
              timer = undefined;
              if (!view.isDestroyed) refreshFind(view.state, view.dispatch);
            }, REFRESH_MS);
          if (state.reveal !== findKey.getState(previous)?.reveal) revealCurrent(view);
        },
        destroy: () => clearTimeout(timer),
      };
    },
  });
}

function withPatch(value: FindState, patch: FindPatch, doc: Node): FindState {
  const next = { ...value, ...patch };
  if (!next.open) return { ...CLOSED, query: next.query, ignoreDiacritics: next.ignoreDiacritics, focus: next.focus, reveal: next.reveal };
  const redraw = patch.matches !== undefined || patch.current !== undefined || !value.open;
  return redraw ? { ...next, decorations: decorate(doc, next.matches, next.current) } : next;
}

function decorate(doc: Node, matches: readonly FindMatch[], current: number): DecorationSet {
  return DecorationSet.create(
    doc,
    matches.map((m, i) => (i === current ? Decoration.inline(m.from, m.to, CURRENT, { current: true }) : Decoration.inline(m.from, m.to, MATCH))),
  );
}

/** The matches carried through an edit: those edited away are dropped. */
function mapMatches(value: FindState, tr: Transaction): FindState {
  const matches: FindMatch[] = [];
  let current = -1;
  value.matches.forEach((m, i) => {
    const from = tr.mapping.map(m.from, 1);
    const to = tr.mapping.map(m.to, -1);
    if (to <= from) return;
    if (i === value.current) current = matches.length;
    matches.push({ from, to });
  });
  return { ...value, matches, current, stale: true, decorations: value.decorations.map(tr.mapping, tr.doc) };
}

/** Scrolls the current match to the middle of the page (the editor may not have the focus). */
function revealCurrent(view: EditorView): void {
  view.dom.querySelector('.find-current')?.scrollIntoView({ block: 'center', inline: 'nearest' });
}
