/** What told an anchor where a comment belongs. */
export type AnchorEvidence = 'reference' | 'quote' | 'similarity' | 'manual';

/**
 * Where a comment is anchored: the blocks it is about in draft `draftNumber` (null: the working
 * copy), how sure the anchoring is (0..1) and what it used. A comment without one (below
 * ANCHOR_THRESHOLD) waits in the "chưa gắn" queue for a person.
 */
export interface FeedbackAnchor {
  blockIds: string[];
  draftNumber: number | null;
  confidence: number;
  evidence: AnchorEvidence[];
}

/** Below this confidence a comment is not anchored. */
export const ANCHOR_THRESHOLD = 0.5;

/** An anchor a person chose by clicking a block. */
export function manualAnchor(blockIds: string[], draftNumber: number | null): FeedbackAnchor {
  if (blockIds.length === 0) throw new RangeError('A manual anchor names at least one block');
  return { blockIds: [...blockIds], draftNumber, confidence: 1, evidence: ['manual'] };
}
