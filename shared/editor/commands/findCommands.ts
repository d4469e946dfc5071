import type { Node } from 'prosemirror-model';
import { TextSelection, type Command, type EditorState, type Transaction } from 'prosemirror-state';
import { createFinder, type FindMatch } from '../find/findInDoc.ts';
import { toNFC } from '../../text/normalize.ts';
import { findKey } from '../keys.ts';
import type { FindPatch, FindState } from '../find/findState.ts';

/**
 * Commands of the find bar. Each computes the matches itself and passes them to the find
 * plugin in the same transaction that selects the current match, so the selection and the
 * highlights always agree. Replacing works on whole syllables only (the replace row switches
 * the prefix search off), keeps the marks at the start of what it replaces, writes NFC text and
 * never touches a block node, so ids, types and numbering stay as they were.
 */

/** Selected text longer than this does not become the query. */
const MAX_PICKED = 200;

let memo: { key: string; find: (doc: Node) => FindMatch[] } | null = null;

/** The matches of a query; the finder is kept, so searching again only re-reads edited blocks. */
function matchesIn(doc: Node, query: string, ignoreDiacritics: boolean, replacing: boolean): FindMatch[] {
  const key = JSON.stringify([query, ignoreDiacritics, replacing]);
  if (memo?.key !== key) memo = { key, find: createFinder(query, { ignoreDiacritics, wholeSyllables: replacing }) };
  return memo.find(doc);
}

/** Index of the first match starting at or after `pos`, wrapping to the first; -1 when none. */
function firstFrom(matches: readonly FindMatch[], pos: number): number {
  if (matches.length === 0) return -1;
  const index = matches.findIndex((m) => m.from >= pos);
  return index < 0 ? 0 : index;
}

/** Index of the last match starting before `pos`, wrapping to the last; -1 when none. */
function lastBefore(matches: readonly FindMatch[], pos: number): number {
  for (let i = matches.length - 1; i >= 0; i--) if (matches[i].from < pos) return i;
  return matches.length - 1;
}

function select(tr: Transaction, match: FindMatch | undefined): Transaction {
  return match ? tr.setSelection(TextSelection.create(tr.doc, match.from, match.to)) : tr;
}

/** Searches `tr`'s document and selects the first match at or after the selection. */
function searchInto(tr: Transaction, find: FindState, query: string, ignoreDiacritics: boolean, replacing: boolean): FindPatch {
  const matches = matchesIn(tr.doc, query, ignoreDiacritics, replacing);
  const current = firstFrom(matches, tr.selection.from);
  select(tr, matches[current]);
  return { query, ignoreDiacritics, replacing, matches, current, stale: false, replaced: null, reveal: find.reveal + 1 };
}

/** The matches in force: searched again when the document changed since they were found. */
function freshMatches(state: EditorState, find: FindState): { matches: readonly FindMatch[]; current: number } {
  if (!find.stale) return find;
  const matches = matchesIn(state.doc, find.query, find.ignoreDiacritics, find.replacing);
  const { from, to } = state.selection;
  return { matches, current: matches.findIndex((m) => m.from === from && m.to === to) };
}

/** Short selected text inside one block, to search for when the bar opens. */
function pickedQuery(state: EditorState): string | null {
  const { $from, $to, empty } = state.selection;
  if (empty || !$from.sameParent($to) || !$from.parent.isTextblock) return null;
  const text = state.doc.textBetween($from.pos, $to.pos).trim();
  return text && text.length <= MAX_PICKED ? text : null;
}

/** Opens the bar, with the replace row when `replacing`; Ctrl+F on an open bar focuses it again. */
export function openFind(replacing: boolean): Command {
  return (state, dispatch) => {
    const find = findKey.getState(state);
    if (!find) return false;
    if (dispatch) {
      const tr = state.tr;
      const query = pickedQuery(state) ?? find.query;
      const patch = searchInto(tr, find, query, find.ignoreDiacritics, replacing || (find.open && find.replacing));
      dispatch(tr.setMeta(findKey, { ...patch, open: true, focus: find.focus + 1 } satisfies FindPatch));
    }
    return true;
  };
}

export const closeFind: Command = (state, dispatch) => {
  const find = findKey.getState(state);
  if (!find?.open) return false;
  dispatch?.(state.tr.setMeta(findKey, { open: false } satisfies FindPatch));
  return true;
};

/** Searches for `query` (typed in the bar) and selects the first match from the selection on. */
export function searchFor(query: string, ignoreDiacritics: boolean, replacing?: boolean): Command {
  return (state, dispatch) => {
    const find = findKey.getState(state);
    if (!find?.open) return false;
    if (dispatch) {
      const tr = state.tr;
      dispatch(tr.setMeta(findKey, searchInto(tr, find, query, ignoreDiacritics, replacing ?? find.replacing)));
    }
    return true;
  };
}

/** Selects the next (`1`) or previous (`-1`) match; opens the bar when it is closed. */
export function findStep(direction: 1 | -1): Command {
  return (state, dispatch) => {
    const find = findKey.getState(state);
    if (!find) return false;
    if (!find.open) return openFind(false)(state, dispatch);
    const { matches, current } = freshMatches(state, find);
    if (matches.length === 0) return true;
    const { from, to } = state.selection;
    const onCurrent = current >= 0 && matches[current].from === from && matches[current].to === to;
    const index = onCurrent
      ? (current + direction + matches.length) % matches.length
      : direction > 0 ? firstFrom(matches, from) : lastBefore(matches, from);
    if (dispatch) {
      const patch: FindPatch = { matches, current: index, stale: false, reveal: find.reveal + 1 };
      dispatch(select(state.tr, matches[index]).setMeta(findKey, patch));
    }
    return true;
  };
}

/** Replaces one match with `text` (NFC), keeping the marks at the match's start. */
function replaceMatch(tr: Transaction, match: FindMatch, text: string): void {
  if (!text) {
    tr.delete(match.from, match.to);
    return;
  }
  const marks = (tr.doc.nodeAt(match.from)?.marks ?? []).filter((mark) => mark.type.name !== 'footnote_ref');
  tr.replaceWith(match.from, match.to, tr.doc.type.schema.text(text, marks));
}

/** "Thay": replaces the current match and selects the next; with no current match, selects one. */
export function replaceCurrent(replacement: string): Command {
  return (state, dispatch) => {
    const find = findKey.getState(state);
    if (!find?.open || !find.replacing) return false;
    const { matches, current } = freshMatches(state, find);
    if (current < 0) return findStep(1)(state, dispatch);
    if (dispatch) {
      const text = toNFC(replacement);
      const tr = state.tr;
      replaceMatch(tr, matches[current], text);
      const after = matchesIn(tr.doc, find.query, find.ignoreDiacritics, true);
      // From the end of the replacement: it may match the query itself ("hoà" → "hòa").
      const next = firstFrom(after, matches[current].from + text.length);
      select(tr, after[next]);
      dispatch(tr.setMeta(findKey, { matches: after, current: next, stale: false, replaced: null, reveal: find.reveal + 1 } satisfies FindPatch));
    }
    return true;
  };
}

/** "Thay tất cả": every match replaced in one transaction (one undo step); says how many. */
export function replaceAll(replacement: string): Command {
  return (state, dispatch) => {
    const find = findKey.getState(state);
    if (!find?.open || !find.replacing) return false;
    const matches = matchesIn(state.doc, find.query, find.ignoreDiacritics, true);
    if (matches.length === 0) return false;
    if (dispatch) {
      const text = toNFC(replacement);
      const tr = state.tr;
      // From the end, so the positions of the matches still to replace do not move.
      for (let i = matches.length - 1; i >= 0; i--) replaceMatch(tr, matches[i], text);
      const after = matchesIn(tr.doc, find.query, find.ignoreDiacritics, true);
      dispatch(tr.setMeta(findKey, { matches: after, current: -1, stale: false, replaced: matches.length } satisfies FindPatch));
    }
    return true;
  };
}

/** Searches again after the document changed, keeping the current match where it was. */
export const refreshFind: Command = (state, dispatch) => {
  const find = findKey.getState(state);
  if (!find?.open || !find.stale) return false;
  if (dispatch) {
    const matches = matchesIn(state.doc, find.query, find.ignoreDiacritics, find.replacing);
    const was = find.matches[find.current];
    const current = was ? matches.findIndex((m) => m.from >= was.from) : -1;
    dispatch(state.tr.setMeta(findKey, { matches, current, stale: false } satisfies FindPatch));
  }
  return true;
};
