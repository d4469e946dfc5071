import type { BlockType } from './blockTypes.ts';

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
}

/** A flat block with the number label displayed before it ("II", "2.1", "(7)", "a)", "Một là"). */
export interface NumberedBlock extends FlatBlock {
  number: string | null;
}
