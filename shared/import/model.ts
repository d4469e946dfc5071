/**
 * What the importers produce before it becomes ProseMirror JSON: runs of text with marks, and
 * blocks that keep the numbering label the recogniser removed from the text (the label is
 * derived again later by shared/numbering, so it must not stay in the text).
 */
import type { BlockType } from '../document/blockTypes.ts';

export type MarkName = 'strong' | 'em' | 'underline' | 'footnote_ref';

export interface MarkJson {
  type: MarkName;
  attrs?: Record<string, unknown>;
}

/** A stretch of text with one set of marks; "\n" in `text` is a hard break. */
export interface Run {
  text: string;
  marks: readonly MarkJson[];
}

export type TextBlockType = Exclude<BlockType, 'header' | 'table'>;

export interface TextBlock {
  kind: 'text';
  type: TextBlockType;
  /** 1–4 for headings, null otherwise. */
  level: number | null;
  runs: Run[];
  /** The numbering label removed from the source text ("1.1.", "(7)", "Một là,", "-"), or null. */
  label: string | null;
  /** The number the source printed without it being text (Word's automatic numbering), or null. */
  shown?: string | null;
  /** For footnotes: the key footnote_ref marks use until ids are assigned. */
  footnoteKey?: string;
}

export interface TableCell {
  paragraphs: Run[][];
  colspan: number;
  rowspan: number;
}

export interface TableBlock {
  kind: 'table';
  rows: TableCell[][];
}

export type ImportBlock = TextBlock | TableBlock;

/** How Word's automatic numbering classifies a paragraph whose label is not in its text. */
export interface NumberingKind {
  type: TextBlockType;
  level: number | null;
}

/** A paragraph of the source as read, before recognition. */
export interface SourceParagraph {
  kind: 'para';
  runs: Run[];
  /** Set when Word numbers the paragraph automatically. */
  numbering?: NumberingKind | null;
  /** The label Word prints before the paragraph ("1.1.", "(7)", a bullet's glyph), when it numbers it. */
  shownLabel?: string | null;
  /** Heading level from a "Heading n" paragraph style or a markdown "#", when there is no label. */
  headingHint?: { type: 'section' | 'heading'; level: number | null } | null;
}

/** What a recogniser reads: paragraphs, and blocks already known (tables, footnotes). */
export type SourceItem = SourceParagraph | ImportBlock;

export interface ImportWarning {
  code: 'hard_wrap_joined' | 'legacy_font_converted' | 'content_skipped' | 'numbering_differs';
  message: string;
  /** For 'numbering_differs': each block whose number differs from the source's, by its id. */
  blocks?: { id: string; source: string; derived: string | null }[];
}
