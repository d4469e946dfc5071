import type * as Y from 'yjs';
import { toNFC } from '../text/normalize.ts';
import { anchoredRange } from './anchoredRange.ts';

/** What a suggestion changes: the text between its relative positions, and what replaces it. */
export interface SuggestedChange {
  start: string;
  end: string;
  deletedText: string;
  insertedText: string;
}

/**
 * What happened when a suggestion was applied: applied, or not because its anchored text is not
 * what was expected (`current`: what is there now, null when its positions no longer hold one
 * run of text; the suggestion is then stale).
 */
export type ApplyOutcome = { applied: true } | { applied: false; current: string | null };

/**
 * Applies a suggestion to `ydoc`, inside the caller's transaction: the characters between its
 * relative positions are replaced by its inserted text (which takes the formatting of the text
 * before it, as typing there would), only when they are `expected` (its deleted text, or the
 * current text a drafter saw and accepted anyway), compared in NFC. Otherwise nothing is written.
 */
export function applySuggestion(ydoc: Y.Doc, change: SuggestedChange, expected: string = change.deletedText): ApplyOutcome {
  const range = anchoredRange(ydoc, change.start, change.end);
  if (!range) return { applied: false, current: null };
  if (toNFC(range.current) !== toNFC(expected)) return { applied: false, current: range.current };
  if (range.to > range.from) range.text.delete(range.from, range.to - range.from);
  if (change.insertedText !== '') range.text.insert(range.from, change.insertedText);
  return { applied: true };
}

/** Whether a suggestion still applies as made: its anchored text is its deleted text. Null current: its text is gone. */
export function suggestionState(ydoc: Y.Doc, change: SuggestedChange): { stale: boolean; current: string | null } {
  const range = anchoredRange(ydoc, change.start, change.end);
  if (!range) return { stale: true, current: null };
  return { stale: toNFC(range.current) !== toNFC(change.deletedText), current: range.current };
}
