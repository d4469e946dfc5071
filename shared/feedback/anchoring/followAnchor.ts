/**
 * An anchor followed into a later draft. Blocks keep their ids through drafts, so an anchor is
 * first followed by id; blocks no longer there are named in `lost`. When none is left, the
 * anchor's quote is looked for in the later draft (matchQuote, with its prefix and suffix); when
 * that fails too the comment is orphaned: shown with its quote, never dropped.
 */
import type { FeedbackAnchor } from './anchorTypes.ts';
import type { DraftIndex } from './draftIndex.ts';
import { matchQuote, type QuoteSelector } from './matchQuote.ts';

export type FollowedAnchor =
  | { status: 'kept'; anchor: FeedbackAnchor; lost: string[] }
  | { status: 'requoted'; anchor: FeedbackAnchor; lost: string[] }
  | { status: 'orphaned'; quote: string | null; lost: string[] };

/** A quote found again with fewer than this share of its syllables right is not the same wording. */
const REQUOTE_MIN = 0.75;
/** Words of context kept on each side of a quote. */
const CONTEXT_WORDS = 6;

export function followAnchor(anchor: FeedbackAnchor, quote: QuoteSelector | null, later: DraftIndex): FollowedAnchor {
  const kept = anchor.blockIds.filter((id) => later.indexOfId.has(id));
  const lost = anchor.blockIds.filter((id) => !later.indexOfId.has(id));
  if (kept.length > 0) return { status: 'kept', anchor: { ...anchor, blockIds: kept, draftNumber: later.draftNumber }, lost };
  const [best] = quote ? matchQuote(later, quote) : [];
  if (best && best.quoteScore >= REQUOTE_MIN) {
    const confidence = Math.round(Math.min(anchor.confidence, best.score) * 1000) / 1000;
    return { status: 'requoted', anchor: { blockIds: [later.blocks[best.block].id], draftNumber: later.draftNumber, confidence, evidence: ['quote'] }, lost };
  }
  return { status: 'orphaned', quote: quote?.exact ?? null, lost };
}

/**
 * What to keep of an anchor so it can be found again when its block is gone: the comment's
 * quotation when it is found in the block (with a few words before and after it), else the
 * block's first words.
 */
export function quoteSelectorOf(index: DraftIndex, anchor: FeedbackAnchor, quotation?: string): QuoteSelector | null {
  const block = index.indexOfId.get(anchor.blockIds[0]);
  if (block === undefined) return quotation ? { exact: quotation } : null;
  const text = index.blocks[block].text;
  const found = quotation ? matchQuote(index, { exact: quotation }, null, [block])[0] : undefined;
  if (!quotation || !found) return firstWordsOf(index, block);
  const at = text.normalize('NFC').toLowerCase().indexOf(quotation.normalize('NFC').toLowerCase());
  if (at < 0) return { exact: quotation };
  const prefix = text.slice(0, at).split(/\s+/u).filter(Boolean).slice(-CONTEXT_WORDS).join(' ');
  const suffix = text.slice(at + quotation.length).split(/\s+/u).filter(Boolean).slice(0, CONTEXT_WORDS).join(' ');
  return { exact: text.slice(at, at + quotation.length), prefix, suffix };
}

/** Each index's blocks' first words, split once per block: 10,000 comments anchor in a few hundred blocks. */
const firstWords = new WeakMap<DraftIndex, Map<number, QuoteSelector | null>>();

/** The block's first 2 × CONTEXT_WORDS words as a selector (a fresh object each time: callers own it), null when it has none. */
function firstWordsOf(index: DraftIndex, block: number): QuoteSelector | null {
  let known = firstWords.get(index);
  if (!known) firstWords.set(index, (known = new Map()));
  let selector = known.get(block);
  if (selector === undefined) {
    const words = index.blocks[block].text.split(/\s+/u).filter(Boolean);
    known.set(block, (selector = words.length > 0 ? { exact: words.slice(0, 2 * CONTEXT_WORDS).join(' ') } : null));
  }
  return selector && { ...selector };
}
