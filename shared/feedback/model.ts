/**
 * What the feedback area stores: sources (subordinate organisations), feedback items (ý kiến
 * góp ý) with their provenance, the files they came from and the batches that imported them.
 * Plain types only; the zod schemas that check them at the RPC boundary are in
 * shared/rpc/feedbackContract.ts. Text is NFC as stored; never rewritten for display.
 */

/** Levels of a subordinate organisation, from the city's point of view. */
export const SOURCE_LEVELS = ['city', 'district', 'ward', 'commune', 'agency', 'enterprise', 'armed_forces', 'other'] as const;
export type SourceLevel = (typeof SOURCE_LEVELS)[number];

/** A subordinate organisation (đảng bộ, tổ chức đảng trực thuộc) that sends comments. */
export interface FeedbackSource {
  id: string;
  name: string;
  /** Other names it is written as ("ĐB phường Thuỷ Nguyên"); matched like the name. */
  aliases: string[];
  level: SourceLevel;
  parentId: string | null;
}

/** Which evidence placed a comment on its blocks (filled by anchoring, shared/feedback/anchoring). */
export type AnchorEvidence = 'reference' | 'quote' | 'similarity' | 'manual';

/**
 * Where a comment is anchored: the blocks it is about in draft `draftNumber` (null: the working
 * copy), how sure the anchoring is (0..1) and what it used. Null on an item until anchoring fills
 * it, and when anchoring is not sure enough (ANCHOR_THRESHOLD): the comment then waits in the
 * "chưa gắn" queue for a person.
 */
export interface FeedbackAnchor {
  blockIds: string[];
  draftNumber: number | null;
  /** 0..1 */
  confidence: number;
  evidence: AnchorEvidence[];
}

/**
 * How the name written in a submission was matched to the registry: `matched` with a
 * confidence, or flagged for a person (`unknown`, `ambiguous` with the candidates), or `none`
 * when the row named no source at all. A flagged name is kept as written, never dropped.
 */
export type Attribution =
  | { status: 'matched'; sourceId: string; confidence: number }
  /** Set by a person (a flagged name settled, or a match corrected). */
  | { status: 'manual'; sourceId: string }
  | { status: 'ambiguous'; candidates: string[] }
  | { status: 'unknown' }
  | { status: 'none' };

export const FEEDBACK_FORMATS = ['docx', 'xlsx', 'csv', 'text'] as const;
export type FeedbackFormat = (typeof FEEDBACK_FORMATS)[number];

/** Where in its file a comment was: a sheet and row (1-based, as the spreadsheet shows), or a paragraph (1-based). */
export interface Provenance {
  fileId: string;
  fileName: string;
  sha256: string;
  sheet: string | null;
  row: number | null;
  paragraph: number | null;
}

export const FEEDBACK_STATUSES = ['new', 'in_review', 'accepted', 'partly_accepted', 'explained', 'out_of_scope'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

/** One comment (ý kiến góp ý) as stored. */
export interface FeedbackItem {
  id: string;
  batchId: string;
  text: string;
  /** The source's name as the submission wrote it ('' when it named none). */
  sourceName: string;
  attribution: Attribution;
  /** The document it is about as written ("Báo cáo chính trị"), or null. */
  documentTitle: string | null;
  /** The draft it was written against, or null when unknown. */
  draftNumber: number | null;
  /** The location column as written ("Mục II.3, trang 5"), or null. */
  location: string | null;
  status: FeedbackStatus;
  anchor: FeedbackAnchor | null;
  provenance: Provenance;
  createdAt: string;
}

/** A row or paragraph (or a whole file) that was not imported, and why, in Vietnamese. */
export interface RowProblem {
  sheet: string | null;
  row: number | null;
  paragraph: number | null;
  code: RowProblemCode;
  reason: string;
}

export type RowProblemCode = 'no_text' | 'text_too_long' | 'merged_text' | 'formula_without_value' | 'sheet_without_text_column' | 'already_imported';

/** One import of one file. */
export interface ImportBatch {
  id: string;
  fileId: string;
  fileName: string;
  sha256: string;
  format: FeedbackFormat;
  createdAt: string;
  actor: string;
  items: number;
  /** Items whose source is unknown or ambiguous: flagged for a person. */
  flagged: number;
  problems: RowProblem[];
}
