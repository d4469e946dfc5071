import type { ComparisonToken } from './comparisonRow.ts';

/**
 * A row's tokens cut into paragraphs where one block ends and the next begins. The tokens of a
 * split or merged row run over several blocks joined by "\n"; those joins (not the line breaks
 * inside a block) become paragraph marks, tracked as inserted (a split) or deleted (a merge).
 */
export interface TrackedParagraph<T extends ComparisonToken = ComparisonToken> {
  pieces: T[];
  /** How the mark ending this paragraph is tracked; the last paragraph's is the row's own (null). */
  mark: 'ins' | 'del' | null;
}

/** Offsets of the joining "\n"s in a list of texts joined by "\n". */
export function joinOffsets(texts: readonly string[]): Set<number> {
  const offsets = new Set<number>();
  let at = 0;
  for (const text of texts.slice(0, -1)) {
    at += text.length;
    offsets.add(at);
    at += 1;
  }
  return offsets;
}

/**
 * Cuts tokens at the joins: `leftJoins` are offsets in the left text, `rightJoins` in the right.
 * A join on both sides is a plain paragraph mark; on one side only, a tracked mark (and a tracked
 * line break standing for the other side's "\n", so both sides keep their exact text).
 */
export function trackedParagraphs<T extends ComparisonToken>(tokens: readonly T[], leftJoins: Set<number>, rightJoins: Set<number>): TrackedParagraph<T>[] {
  const paragraphs: TrackedParagraph<T>[] = [{ pieces: [], mark: null }];
  const push = (token: T, text: string) => {
    if (text) paragraphs[paragraphs.length - 1].pieces.push({ ...token, text });
  };
  const breakParagraph = (mark: TrackedParagraph<T>['mark']) => {
    paragraphs[paragraphs.length - 1].mark = mark;
    paragraphs.push({ pieces: [], mark: null });
  };
  let lo = 0;
  let ro = 0;
  for (const token of tokens) {
    const { op, text } = token;
    let from = 0;
    for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) {
      const onLeft = op !== 'insert' && leftJoins.has(lo + k);
      const onRight = op !== 'delete' && rightJoins.has(ro + k);
      if (!onLeft && !onRight) continue; // a line break inside a block
      push(token, text.slice(from, k));
      from = k + 1;
      if (onLeft && onRight) breakParagraph(null);
      else if (onRight) {
        if (op === 'equal') push({ op: 'delete', text: '' } as T, '\n'); // the left block had a line break here
        breakParagraph('ins');
      } else {
        if (op === 'equal') push({ op: 'insert', text: '' } as T, '\n'); // the right block has a line break here
        breakParagraph('del');
      }
    }
    push(token, text.slice(from));
    if (op !== 'insert') lo += text.length;
    if (op !== 'delete') ro += text.length;
  }
  return paragraphs;
}
