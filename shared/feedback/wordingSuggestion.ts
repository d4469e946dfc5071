/**
 * What a comment's proposed wording (references of kind replace, add, remove) does to the text of
 * the block it is anchored to, as one suggestion: the range of the block's text it deletes and
 * the text it inserts there. Pure: the server finds the block in the working copy and makes the
 * suggestion over the range (main/services/feedback/toSuggestion.ts).
 *
 * - "sửa 'X' thành 'Y'": X, found in the text, replaced by Y;
 * - "bỏ 'X'": X deleted (with one space beside it, so no double space is left);
 * - "bổ sung 'Z' (vào) sau 'X'": Z inserted after X; "bổ sung Z": at the end of the block, before
 *   its closing full stop or semicolon.
 * X is found as written (NFC), else ignoring case and tone-mark placement ("hoà" = "hòa").
 */
import { foldText } from './foldText.ts';
import { recogniseReferences, type Reference } from './references.ts';

export type WordingKind = 'replace' | 'add' | 'remove';

export interface WordingSuggestion {
  kind: WordingKind;
  /** Offsets in the block's text (UTF-16 units): `from === to` for an insertion. */
  from: number;
  to: number;
  deleted: string;
  inserted: string;
}

/** Why no suggestion: the comment proposes no wording, or its wording "X" is not in the text. */
export type WordingRefusal = { refused: 'no_wording' } | { refused: 'not_found'; wording: string };

const WORDING_KINDS = new Set(['replace', 'add', 'remove']);
const AFTER = /(?:^|[^\p{L}])(?:vao\s+)?sau(?:\s+(?:cum\s+tư|tư|chư|câu|đoan))?\s*$/u;
const CLOSING = /[.;:!?…]+\s*$/u;

/** The comment's proposed wordings, in the order written (none: it proposes no wording). */
export function proposedWordings(comment: string): Reference[] {
  return recogniseReferences(comment).filter((r) => WORDING_KINDS.has(r.kind));
}

/** The suggestion the first proposed wording that applies to `text` makes; or why none does. */
export function wordingSuggestion(comment: string, text: string): WordingSuggestion | WordingRefusal {
  const refs = recogniseReferences(comment);
  const wordings = refs.filter((r) => WORDING_KINDS.has(r.kind));
  if (wordings.length === 0) return { refused: 'no_wording' };
  for (const ref of wordings) {
    const made = suggestionOf(ref, refs, comment, text);
    if (made) return made;
  }
  const missing = wordings.find((r) => r.kind !== 'add') ?? wordings[0];
  return { refused: 'not_found', wording: missing.value };
}

function suggestionOf(ref: Reference, refs: Reference[], comment: string, text: string): WordingSuggestion | null {
  if (ref.kind === 'replace') {
    const at = findWording(text, ref.value);
    return at && { kind: 'replace', from: at.from, to: at.to, deleted: text.slice(at.from, at.to), inserted: ref.replacement ?? '' };
  }
  if (ref.kind === 'remove') {
    const at = findWording(text, ref.value);
    if (!at) return null;
    const { from, to } = withOneSpace(text, at.from, at.to);
    return { kind: 'remove', from, to, deleted: text.slice(from, to), inserted: '' };
  }
  const anchor = refs.find((r) => r.kind === 'quote' && r.from >= ref.to && AFTER.test(foldText(comment.normalize('NFC').slice(ref.to, r.from)).trimEnd()));
  if (anchor) {
    const at = findWording(text, anchor.value);
    if (!at) return null;
    return { kind: 'add', from: at.to, to: at.to, deleted: '', inserted: ` ${ref.value}` };
  }
  const end = text.length - (CLOSING.exec(text)?.[0].length ?? 0);
  const before = text.slice(0, end);
  const inserted = before.trim() === '' ? ref.value : /\s$/u.test(before) ? ref.value : ` ${ref.value}`;
  return { kind: 'add', from: end, to: end, deleted: '', inserted };
}

/** Where `wording` is in `text`: as written, else folded (same length, same offsets). */
function findWording(text: string, wording: string): { from: number; to: number } | null {
  const needle = wording.normalize('NFC');
  if (needle === '') return null;
  let at = text.indexOf(needle);
  if (at < 0) at = foldText(text).indexOf(foldText(needle));
  return at < 0 ? null : { from: at, to: at + needle.length };
}

/** A deletion takes one space beside it when it stands between words (or before punctuation). */
function withOneSpace(text: string, from: number, to: number): { from: number; to: number } {
  if (text[to] === ' ' && (from === 0 || text[from - 1] === ' ')) return { from, to: to + 1 };
  if (from > 0 && text[from - 1] === ' ') return { from: from - 1, to };
  return { from, to };
}
