import { isPlain, sameEmphasis } from '../document/emphasis.ts';
import type { Emphasis, EmphasisSpan } from '../document/flatBlock.ts';
import type { Token } from './types.ts';

/** Reads one side's spans at increasing offsets. */
class SpanCursor {
  private i = 0;
  private readonly spans: readonly EmphasisSpan[];

  constructor(spans: readonly EmphasisSpan[] | undefined) {
    this.spans = spans ?? [];
  }

  /** The emphasis at `pos` and the next offset after it where the emphasis may change. */
  at(pos: number): { emphasis: Emphasis | null; until: number } {
    while (this.i < this.spans.length && this.spans[this.i].to <= pos) this.i++;
    const span = this.spans[this.i];
    if (!span) return { emphasis: null, until: Infinity };
    if (span.from > pos) return { emphasis: null, until: span.from };
    return { emphasis: span, until: span.to };
  }
}

const onlyEmphasis = (e: Emphasis): Emphasis => {
  const out: Emphasis = {};
  if (e.bold) out.bold = true;
  if (e.italic) out.italic = true;
  if (e.underline) out.underline = true;
  return out;
};

/** Pieces of one side's run of `text` starting at `offset`, cut where that side's emphasis changes. */
function oneSide(token: Token, offset: number, cursor: SpanCursor, out: Token[]): void {
  for (let k = 0; k < token.text.length; ) {
    const { emphasis, until } = cursor.at(offset + k);
    const end = Math.min(token.text.length, until - offset);
    const piece: Token = { ...token, text: token.text.slice(k, end) };
    if (emphasis && !isPlain(emphasis)) piece.emphasis = onlyEmphasis(emphasis);
    out.push(piece);
    k = end;
  }
}

/** Pieces of an equal run, cut where either side's emphasis changes; those that differ are `formatting`. */
function bothSides(token: Token, lo: number, ro: number, left: SpanCursor, right: SpanCursor, out: Token[]): void {
  for (let k = 0; k < token.text.length; ) {
    const l = left.at(lo + k);
    const r = right.at(ro + k);
    const end = Math.min(token.text.length, l.until - lo, r.until - ro);
    const piece: Token = { op: 'equal', text: token.text.slice(k, end) };
    if (r.emphasis && !isPlain(r.emphasis)) piece.emphasis = onlyEmphasis(r.emphasis);
    if (!sameEmphasis(l.emphasis ?? undefined, r.emphasis ?? undefined)) {
      piece.class = 'formatting';
      piece.emphasisBefore = onlyEmphasis(l.emphasis ?? {});
    }
    out.push(piece);
    k = end;
  }
}

/**
 * A row's tokens with the drafts' emphasis: cut where bold, italic or underline starts or ends on
 * either side, each piece marked with its emphasis (Token.emphasis), equal pieces whose emphasis
 * changed classed `formatting` with the older emphasis (Token.emphasisBefore). The text of every
 * side is unchanged. `left` are the spans over the left text (the equal and delete runs), `right`
 * over the right text; for a row with one side, give that side's spans as both.
 */
export function withEmphasis(tokens: readonly Token[], left: readonly EmphasisSpan[] | undefined, right: readonly EmphasisSpan[] | undefined): Token[] {
  if (!left?.length && !right?.length) return [...tokens];
  const l = new SpanCursor(left);
  const r = new SpanCursor(right);
  const out: Token[] = [];
  let lo = 0;
  let ro = 0;
  for (const token of tokens) {
    if (token.op === 'delete') oneSide(token, lo, l, out);
    else if (token.op === 'insert') oneSide(token, ro, r, out);
    else bothSides(token, lo, ro, l, r, out);
    if (token.op !== 'insert') lo += token.text.length;
    if (token.op !== 'delete') ro += token.text.length;
  }
  return out;
}
