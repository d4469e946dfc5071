import type { FeedbackAnchor } from '../model.ts';

export type { AnchorEvidence, FeedbackAnchor } from '../model.ts';

/** Below this confidence a comment is not anchored. */
export const ANCHOR_THRESHOLD = 0.5;

/** An anchor a person chose by clicking a block. */
export function manualAnchor(blockIds: string[], draftNumber: number | null): FeedbackAnchor {
  if (blockIds.length === 0) throw new RangeError('A manual anchor names at least one block');
  return { blockIds: [...blockIds], draftNumber, confidence: 1, evidence: ['manual'] };
}
