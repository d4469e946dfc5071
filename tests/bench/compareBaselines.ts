import { diffWords } from 'diff';
import DiffMatchPatch from 'diff-match-patch';

/**
 * Whole-text word diffs to compare the engine against: jsdiff's `diffWords` and diff-match-patch
 * in word mode (words mapped to characters, as its docs do for lines). Both return the removed and
 * added stretches, which is all a move check needs.
 */
export interface TextDiff {
  removed: string[];
  added: string[];
}

export function jsdiffWords(a: string, b: string): TextDiff {
  const out: TextDiff = { removed: [], added: [] };
  for (const part of diffWords(a, b)) {
    if (part.removed) out.removed.push(part.value);
    else if (part.added) out.added.push(part.value);
  }
  return out;
}

export function dmpWords(a: string, b: string): TextDiff {
  const dmp = new DiffMatchPatch();
  const words: string[] = [''];
  const index = new Map<string, number>();
  const encode = (text: string) =>
    (text.match(/\s+|[^\s]+/gu) ?? [])
      .map((w) => {
        let i = index.get(w);
        if (i === undefined) index.set(w, (i = words.push(w) - 1));
        return String.fromCharCode(i);
      })
      .join('');
  const diffs = dmp.diff_main(encode(a), encode(b), false);
  const out: TextDiff = { removed: [], added: [] };
  for (const [op, chars] of diffs) {
    const text = [...chars].map((c) => words[c.charCodeAt(0)]).join('');
    if (op === DiffMatchPatch.DIFF_DELETE) out.removed.push(text);
    else if (op === DiffMatchPatch.DIFF_INSERT) out.added.push(text);
  }
  return out;
}

/**
 * How many moved block texts a whole-text diff shows as one removed and one added stretch equal to
 * exactly that block — the most a viewer could pair up into a move afterwards.
 */
export function movesVisible(diff: TextDiff, movedTexts: readonly string[]): number {
  const removed = new Set(diff.removed.map((t) => t.trim()));
  const added = new Set(diff.added.map((t) => t.trim()));
  return movedTexts.filter((t) => removed.has(t.trim()) && added.has(t.trim())).length;
}
