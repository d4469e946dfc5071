import type { Node } from 'prosemirror-model';
import { Plugin, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import type { FindMatch } from '../../../shared/editor/find/findInDoc.ts';
import type { FindPatch, FindState } from '../../../shared/editor/find/findState.ts';
import { findKey } from '../../../shared/editor/keys.ts';
import { refreshFind } from '../../../shared/editor/commands/findCommands.ts';

/** The find state with the inline decorations that highlight its matches (the current one apart). */
export interface FindView extends FindState {
  decorations: DecorationSet;
}

/** Time typing may pause before the matches of an edited document are searched again. */
const REFRESH_MS = 250;
const MATCH = { class: 'find-match' };
const CURRENT = { class: 'find-match find-current' };

export const CLOSED: FindView = {
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

/**
 * The find bar's state in the editor (see FindState) and its highlights: inline decorations
 * drawn from the matches a command hands over, mapped through edits while the bar is open, and
 * the current match scrolled into view.
 */
export function findPlugin(): Plugin<FindView> {
  const plugin: Plugin<FindView> = new Plugin<FindView>({
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
      decorations: (state) => plugin.getState(state)?.decorations,
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
  return plugin;
}

function withPatch(value: FindView, patch: FindPatch, doc: Node): FindView {
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
function mapMatches(value: FindView, tr: Transaction): FindView {
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
