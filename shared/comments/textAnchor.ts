/**
 * Where a comment (or, later, a suggestion) points in a document: a range of text, described
 * three ways so it can be found again after the text changes (resolveAnchor):
 * - `blockId`: the block the range started in when it was made;
 * - `start`/`end`: Yjs relative positions (Y.encodeRelativePosition, base64), which follow the
 *   characters they were made on through everyone's concurrent edits;
 * - `quote` with its `prefix` and `suffix` (up to ANCHOR_LIMITS.context characters each) and
 *   `position`, its offset in the document's text (documentText), as Hypothesis' text-quote and
 *   text-position selectors, for when the characters themselves were deleted and typed again
 *   (cut and paste, a moved section, a split paragraph).
 * An anchor never changes once made: where it lands now is computed each time it is shown.
 */
export interface TextAnchor {
  blockId: string;
  start: string;
  end: string;
  quote: string;
  prefix: string;
  suffix: string;
  position: number;
}

/** Sizes an anchor may have (checked by the contract: a larger one is refused, never cut). */
export const ANCHOR_LIMITS = {
  /** Characters of quoted text: a few paragraphs; a longer selection is refused with a sentence. */
  quote: 2000,
  /** Characters kept before and after the quote (Hypothesis keeps 32). */
  context: 32,
  /** Characters of one encoded relative position (a client id and a clock: ~20 in practice). */
  relativePosition: 200,
} as const;

/** Where an anchor lands in the current document, and which of its descriptions found it. */
export type AnchorPlace =
  | { status: 'anchored'; from: number; to: number; via: 'positions' | 'block' | 'document' }
  /** Its text is nowhere to be found: shown apart, with its quote, never dropped or resolved. */
  | { status: 'orphaned' };
