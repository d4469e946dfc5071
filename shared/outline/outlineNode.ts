import type { BlockType } from '../document/blockTypes.ts';

/**
 * One entry of the outline sidebar: an outline block (part, section, heading) with its derived
 * number, the block range it owns [startIndex, endIndex) and what that range holds. Children are
 * the outline blocks directly below it, in document order.
 */
export interface OutlineNode {
  id: string;
  type: BlockType;
  /** Heading level 1–4 for headings, null for parts and sections. */
  level: number | null;
  /** Outline depth: part 0, section 1, heading n → 1 + n. */
  depth: number;
  /** The label ("II", "2.1", "a)"), null when the scheme gives none. */
  number: string | null;
  title: string;
  startIndex: number;
  endIndex: number;
  /** Words in the whole range, the title and all sub-sections included. */
  words: number;
  /** Target blocks in the whole range. */
  targets: number;
  children: OutlineNode[];
}
