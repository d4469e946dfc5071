import type { Node } from 'prosemirror-model';
import { documentText, offsetOfPosition } from '../comments/documentText.ts';
import { ANCHOR_LIMITS, type TextAnchor } from '../comments/textAnchor.ts';
import { toNFC } from '../text/normalize.ts';

/**
 * The anchor of a suggestion replacing `from`–`to` of `doc` (the deleted text; `from === to` for
 * an insertion at one point), with the relative positions `encode` makes (shared/comments/
 * yPositions.ts). A comment's anchor (makeAnchor) with two differences: the quote may be empty,
 * and the range must lie in one run of text of one text block, since the server applies a
 * suggestion to one Y.XmlText. Null when it does not (across blocks or an inline footnote mark).
 */
export function makeSuggestionAnchor(doc: Node, from: number, to: number, encode: (pos: number) => string): TextAnchor | null {
  const $from = doc.resolve(from);
  if (!$from.parent.isTextblock || from > to || to > $from.end()) return null;
  let plain = true;
  doc.nodesBetween(from, to, (node) => {
    if (node.isInline && !node.isText) plain = false;
  });
  if (!plain) return null;
  const block = $from.parent;
  const start = from - $from.start();
  const end = to - $from.start();
  const text = block.textBetween(0, block.content.size, undefined, '\uFFFC');
  return {
    blockId: typeof block.attrs.id === 'string' ? block.attrs.id : '',
    start: encode(from),
    end: encode(to),
    quote: toNFC(text.slice(start, end)),
    prefix: toNFC(text.slice(Math.max(0, start - ANCHOR_LIMITS.context), start)),
    suffix: toNFC(text.slice(end, end + ANCHOR_LIMITS.context)),
    position: offsetOfPosition(documentText(doc), from),
  };
}
