/**
 * Anchoring a comment to the block(s) of a draft it is about. Evidence, strongest first:
 * 1. a quotation (a quote, the wording a "sửa … thành …" replaces, the wording a "bỏ …" removes)
 *    found in the draft (matchQuote), searched inside the referenced places first;
 * 2. a numbered reference: a target "(7)" or ordinal "Hai là", inside the named section when
 *    one is named; several candidates (two (n) lists) are told apart by the comment's wording;
 * 3. an outline reference ("mục II.3"): the heading of that place;
 * 4. the comment's wording alone (textSimilarity), when one block clearly holds it.
 * A confidence under ANCHOR_THRESHOLD gives null: the comment goes to the "chưa gắn" queue.
 */
import { type Reference, recogniseReferences } from '../references.ts';
import { ANCHOR_THRESHOLD, type AnchorEvidence, type FeedbackAnchor } from './anchorTypes.ts';
import { type DraftIndex, WORDS_PER_PAGE } from './draftIndex.ts';
import { locationReferences } from './locationReferences.ts';
import { matchQuote, type QuoteMatch } from './matchQuote.ts';
import { resolvePlaces } from './resolvePlaces.ts';
import { similarBlocks } from './textSimilarity.ts';

/** A quote found with fewer than this share of its syllables right is not evidence. */
const QUOTE_MIN = 0.7;
/** Quotes this short ("và", "một cách") are found everywhere: evidence only inside a named place. */
const SHORT_QUOTE = 3;
/** What similarity must reach, and by how much the best must lead, to decide alone. */
const SIMILARITY_MIN = 0.5;
const SIMILARITY_LEAD = 0.15;
/** … and to choose between the blocks a reference names. */
const PICK_MIN = 0.15;
const PICK_LEAD = 0.08;

/**
 * A comment names a handful of places; a pasted file can make one "comment" of a megabyte. Only
 * the first MAX_REFERENCES references (the location column's first) and the first
 * MAX_SIMILARITY_TEXT characters of wording are weighed, so anchoring stays linear and bounded.
 */
const MAX_REFERENCES = 50;
const MAX_SIMILARITY_TEXT = 20_000;

export interface CommentInput {
  text: string;
  /** A separate location column ("Mục II.3", "(7)", "trang 5"): a reference too. */
  location?: string;
}

/** `textReferences`: the comment text's references, when the caller has them (recogniseReferences(comment.text)). */
export function anchorComment(index: DraftIndex, comment: CommentInput, textReferences: Reference[] = recogniseReferences(comment.text)): FeedbackAnchor | null {
  const refs = [...(comment.location ? locationReferences(comment.location) : []), ...textReferences];
  const anchor = decide(index, comment.text.slice(0, MAX_SIMILARITY_TEXT), refs.slice(0, MAX_REFERENCES));
  return anchor && anchor.confidence >= ANCHOR_THRESHOLD ? anchor : null;
}

function decide(index: DraftIndex, text: string, refs: Reference[]): FeedbackAnchor | null {
  const { scope, numbered } = resolvePlaces(index, refs);
  const scopeBlocks = scope.flatMap((s) => range(s, index.rangeEnd[s]));
  const numberedBlocks = numbered.flat();
  const referenced = new Set([...scopeBlocks, ...numberedBlocks]);
  const hint = pageHint(index, refs) ?? (scope.length === 1 ? scope[0] : null);
  const make = (blocks: number[], confidence: number, evidence: AnchorEvidence[]): FeedbackAnchor => ({
    blockIds: [...new Set(blocks)].sort((a, b) => a - b).map((b) => index.blocks[b].id),
    draftNumber: index.draftNumber,
    confidence: Math.round(Math.min(1, confidence) * 1000) / 1000,
    evidence,
  });

  const quoted = quotedMatches(index, refs, hint, numberedBlocks.length > 0 ? numberedBlocks : scopeBlocks);
  if (quoted.blocks.length > 0) {
    // Quotations inside the referenced place agree with it; one elsewhere (an organisation's
    // added point quoting a slogan) does not outweigh them.
    const agreeing = quoted.blocks.filter((b) => referenced.has(b));
    if (agreeing.length > 0) return make(agreeing, quoted.confidence + 0.1, ['reference', 'quote']);
    if (!quoted.ambiguous) return make(quoted.blocks, quoted.confidence * (referenced.size > 0 ? 0.8 : 1), ['quote']);
    // A quotation found in several places: the reference decides, or nothing does.
    if (referenced.size === 0) return make(quoted.blocks, quoted.confidence * 0.45, ['quote']);
  }
  if (numbered.length > 0) {
    // Each target or ordinal named ("các chỉ tiêu (1) và (3)"): its block, as sure as the least sure.
    const picks = numbered.map((candidates) => pick(index, text, candidates, 0.95));
    const evidence: AnchorEvidence[] = picks.some((p) => p.similarity) ? ['reference', 'similarity'] : ['reference'];
    return make(picks.map((p) => p.block), Math.min(...picks.map((p) => p.confidence)), evidence);
  }
  if (scope.length > 0) {
    const p = pick(index, text, scope, 0.9, true);
    return make([p.block], p.confidence, p.similarity ? ['reference', 'similarity'] : ['reference']);
  }
  const [best, second] = similarBlocks(index, text);
  if (!best || best.score < SIMILARITY_MIN || best.score - (second?.score ?? 0) < SIMILARITY_LEAD) return null;
  return make([best.block], Math.min(0.9, best.score), ['similarity']);
}

interface Pick {
  block: number;
  confidence: number;
  similarity: boolean;
}

/**
 * One of the blocks a reference names: the only one, or the one the comment's wording points to
 * (`ranges`: the wording of what each candidate heads); when nothing tells them apart, the first,
 * with a confidence shared among them (under the threshold from two on).
 */
function pick(index: DraftIndex, text: string, candidates: number[], sure: number, ranges = false): Pick {
  if (candidates.length === 1) return { block: candidates[0], confidence: sure, similarity: false };
  const scored = candidates
    .map((c) => ({ c, score: similarBlocks(index, text, ranges ? range(c, index.rangeEnd[c]) : [c], 1)[0]?.score ?? 0 }))
    .sort((a, b) => b.score - a.score || a.c - b.c);
  const [best, second] = scored;
  if (best.score >= PICK_MIN && best.score - second.score >= PICK_LEAD) {
    return { block: best.c, confidence: Math.min(sure, 0.6 + best.score), similarity: true };
  }
  return { block: best.c, confidence: sure / candidates.length, similarity: false };
}

interface Quoted {
  blocks: number[];
  confidence: number;
  ambiguous: boolean;
}

/** The blocks the comment's quotations are found in, inside `preferred` first. */
function quotedMatches(index: DraftIndex, refs: Reference[], hint: number | null, preferred: number[]): Quoted {
  const out: Quoted = { blocks: [], confidence: 0, ambiguous: false };
  for (const ref of refs) {
    if (ref.kind !== 'quote' && ref.kind !== 'replace' && ref.kind !== 'remove') continue;
    const short = index.coder.encode(ref.value, false).length < SHORT_QUOTE;
    let matches: QuoteMatch[] = preferred.length > 0 ? matchQuote(index, { exact: ref.value }, hint, preferred) : [];
    if (!good(matches) && !short) matches = matchQuote(index, { exact: ref.value }, hint);
    if (!good(matches) || (short && preferred.length === 0)) continue;
    const [best, second] = matches;
    out.blocks.push(best.block);
    out.confidence = Math.max(out.confidence, best.quoteScore);
    out.ambiguous ||= second !== undefined && second.quoteScore >= QUOTE_MIN && second.score >= best.score - 0.02;
  }
  return out;
}

function good(matches: QuoteMatch[]): boolean {
  return matches.length > 0 && matches[0].quoteScore >= QUOTE_MIN;
}

/** The block at the start of the page a "trang N" names, by words per printed page. */
function pageHint(index: DraftIndex, refs: Reference[]): number | null {
  const page = refs.find((r) => r.kind === 'page');
  if (!page || index.blocks.length === 0) return null;
  const words = (Number(page.value) - 1) * WORDS_PER_PAGE;
  const at = index.wordsBefore.findIndex((w) => w >= words);
  return at < 0 ? index.blocks.length - 1 : at;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}
