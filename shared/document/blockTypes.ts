/**
 * The block types of a congress document, in the order a drafter meets them. A document is a
 * flat sequence of blocks (no nesting of sections inside sections): the outline, section ranges
 * and numbering are all derived from the sequence. Flat blocks keep y-prosemirror sync, diffing
 * and drag-and-drop of whole sections simple and cheap.
 */
export const BLOCK_TYPES = [
  'header', // the document header: bodies, number/symbol, place and date, type, title, DỰ THẢO
  'part', // "Phần thứ nhất"
  'section', // "I.", "II." …
  'heading', // numbered headings, level 1–4: "1.", "1.1.", "1.1.1.", "a)"
  'ordinal', // "Một là,", "Hai là," …
  'target', // chỉ tiêu "(1)", "(2)" …
  'bullet', // "- " dash bullet
  'paragraph',
  'table',
  'footnote',
  'recipients', // "Nơi nhận:"
  'signature', // "T/M BAN CHẤP HÀNH" / title / name, one per line
] as const;

export type BlockType = (typeof BLOCK_TYPES)[number];

/** Heading levels: 1 → "1.", 2 → "1.1.", 3 → "1.1.1.", 4 → "a)". */
export const HEADING_LEVELS = [1, 2, 3, 4] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

/** Block types that structure the outline, from the outermost in. */
export const OUTLINE_TYPES: readonly BlockType[] = ['part', 'section', 'heading'];

/**
 * The outline depth of a block: part 0, section 1, heading level n → 1 + n. Blocks that are not
 * in the outline have no depth (null).
 */
export function outlineDepth(type: BlockType, level: number | null | undefined): number | null {
  if (type === 'part') return 0;
  if (type === 'section') return 1;
  if (type === 'heading') return 1 + (level ?? 1);
  return null;
}
