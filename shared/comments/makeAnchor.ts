import type { Node } from 'prosemirror-model';
import { toNFC } from '../text/normalize.ts';
import { blockAtOffset, documentText, offsetOfPosition } from './documentText.ts';
import { ANCHOR_LIMITS, type TextAnchor } from './textAnchor.ts';

/**
 * The anchor of the text from `from` to `to` in `doc`, with the relative positions `encode`
 * makes of those positions (yPositions.ts: the live editor's Y.Doc). Null when the range holds
 * no text (an empty selection, or one across nothing but block boundaries).
 */
export function makeAnchor(doc: Node, from: number, to: number, encode: (pos: number) => string): TextAnchor | null {
  const text = documentText(doc);
  const start = offsetOfPosition(text, from);
  const end = offsetOfPosition(text, to);
  const quote = text.text.slice(start, end);
  if (quote.trim() === '') return null;
  const block = blockAtOffset(text, start);
  return {
    blockId: block?.id ?? '',
    start: encode(from),
    end: encode(to),
    quote: toNFC(quote),
    prefix: toNFC(text.text.slice(Math.max(0, start - ANCHOR_LIMITS.context), start)),
    suffix: toNFC(text.text.slice(end, end + ANCHOR_LIMITS.context)),
    position: start,
  };
}
