import type { Node } from 'prosemirror-model';
import { documentText, positionOfOffset, type DocumentText, type TextBlock } from './documentText.ts';
import { matchQuote } from './matchQuote.ts';
import { searchKey } from './searchKey.ts';
import type { AnchorPlace, TextAnchor } from './textAnchor.ts';

/** Below this many characters a quote is only found exactly: two errors in "là" find any "l". */
const FUZZY_FROM = 8;
/** At most this share of a quote's characters may differ where it is found elsewhere (Hypothesis: half). */
const MAX_ERROR_RATIO = 0.5;
/** A place elsewhere must agree at least this well, quote, context and position together. */
const MIN_SCORE = 0.5;

/**
 * Where an anchor lands in `doc` now, trying in order:
 * 1. its relative positions (`locate` turns one into a position of `doc`, null when it cannot),
 *    when they still hold some text between them: the commented characters, edited or not;
 * 2. its quote, exactly (case and tone placement aside), in the block it was made in, nearest
 *    its context;
 * 3. its quote anywhere in the document, fuzzily, scored on quote, prefix, suffix and position;
 * else it is orphaned. Never throws on a malformed anchor (a position that does not decode is
 * one that cannot be located).
 */
export function resolveAnchor(doc: Node, anchor: TextAnchor, locate: (encoded: string) => number | null, index: () => TextIndex = textIndexOf(doc)): AnchorPlace {
  const from = safely(() => locate(anchor.start));
  const to = safely(() => locate(anchor.end));
  if (from !== null && to !== null && from < to && doc.textBetween(from, to, '\n', '\uFFFC').trim() !== '') {
    return { status: 'anchored', from, to, via: 'positions' };
  }
  const text = index();
  return inBlock(text, anchor) ?? inDocument(text, anchor) ?? { status: 'orphaned' };
}

/** A document's text and its search key, made once when first asked for (placing many anchors in one document). */
export interface TextIndex {
  text: DocumentText;
  key: string;
  byId: Map<string, TextBlock>;
}

export function textIndexOf(doc: Node): () => TextIndex {
  let index: TextIndex | undefined;
  return () => {
    if (!index) {
      const text = documentText(doc);
      index = { text, key: searchKey(text.text), byId: new Map(text.blocks.flatMap((b) => (b.id === null ? [] : [[b.id, b] as const]))) };
    }
    return index;
  };
}

function inBlock({ text, key, byId }: TextIndex, anchor: TextAnchor): AnchorPlace | null {
  const block = byId.get(anchor.blockId);
  if (!block) return null;
  const own = text.text.slice(block.offset, block.offset + block.length);
  // The key has the text's length, so the block's key is the same slice of it.
  const match = matchQuote(own, { ...anchor, position: Math.max(0, anchor.position - block.offset) }, 0, key.slice(block.offset, block.offset + block.length));
  if (!match) return null;
  return { status: 'anchored', from: block.pos + match.start, to: block.pos + match.end, via: 'block' };
}

function inDocument({ text, key }: TextIndex, anchor: TextAnchor): AnchorPlace | null {
  const ratio = [...anchor.quote].length < FUZZY_FROM ? 0 : MAX_ERROR_RATIO;
  const match = matchQuote(text.text, anchor, ratio, key);
  if (!match || match.score < MIN_SCORE) return null;
  return { status: 'anchored', from: positionOfOffset(text, match.start), to: positionOfOffset(text, match.end), via: 'document' };
}

function safely(locate: () => number | null): number | null {
  try {
    return locate();
  } catch {
    return null;
  }
}
