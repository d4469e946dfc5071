import type { BlockType } from './blockTypes.ts';

/** Bold, italic and underline of some text; an absent field is off. */
export interface Emphasis {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

/** A stretch [from, to) of a block's `text` that has some emphasis (never an empty one). */
export interface EmphasisSpan extends Emphasis {
  from: number;
  to: number;
}

/**
 * One top-level block of a document reduced to what comparison, numbering, outline and the CLI
 * need: its stable id, type, heading level (headings only), and plain text (NFC). Tables are one
 * block whose text has a row per line and cells separated by tabs; hard breaks are "\n".
 */
export interface FlatBlock {
  id: string;
  type: BlockType;
  /** Heading level 1–4 for `heading`; null for every other type. */
  level: number | null;
  text: string;
  /**
   * Where the text is bold, italic or underlined, in order, not overlapping, adjacent spans with
   * different emphasis; absent when the text is plain (and for tables and the header).
   */
  emphasis?: EmphasisSpan[];
}

/** A flat block with the number label displayed before it ("II", "2.1", "(7)", "a)", "Một là"). */
export interface NumberedBlock extends FlatBlock {
  number: string | null;
}
