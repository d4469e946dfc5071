/**
 * Every size, margin and spacing of an exported .docx, in one place, following Hướng dẫn
 * 36-HD/VPTW (2018) on the format of Party documents. Change a figure here and every exported
 * document follows; nothing else in shared/export/ hard-codes a size.
 *
 * Units: millimetres for page geometry, points for type and spacing (converted to twips and
 * half-points by the helpers at the bottom).
 */

/** A4, 210 × 297 mm. */
export const PAGE_MM = { width: 210, height: 297 } as const;

/** 36-HD: top 20–25, bottom 20–25, left 30–35, right 15–20 mm. `header`: distance of the page number from the top edge. */
export const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 } as const;

/** TCVN 6909:2001 (Unicode) in Times New Roman. */
export const FONT = 'Times New Roman';
/** Word's language tag for Vietnamese, so spelling and hyphenation use the right rules. */
export const LANGUAGE = 'vi-VN';

/** Body text: 14 pt (36-HD allows 13–15), justified. */
export const BODY = {
  sizePt: 14,
  /** First-line indent of body paragraphs: 36-HD asks for 1–1.27 cm. */
  firstLineIndentMm: 12.7,
  /** Space between paragraphs: at least 6 pt. */
  spaceAfterPt: 6,
  spaceBeforePt: 0,
  /** Line spacing as a multiple of single (36-HD: single to 1.5 lines). */
  lineMultiple: 1.15,
} as const;

/** Type per element of the document header (the two-column block at the top of page 1). */
export const HEADER_TYPE = {
  superiorBody: { sizePt: 15, bold: true }, // "ĐẢNG CỘNG SẢN VIỆT NAM", rule underneath
  issuingBody: { sizePt: 14, bold: true }, // last (or only) line of the issuing body
  issuingBodyUpper: { sizePt: 14, bold: false }, // the superior committee above it, when two lines
  asterisk: { sizePt: 14, bold: false },
  number: { sizePt: 14, bold: false }, // "Số 125-BC/TU"
  placeDate: { sizePt: 14, italic: true }, // "Hải Phòng, ngày 15 tháng 9 năm 2025"
  docType: { sizePt: 16, bold: true }, // "BÁO CÁO CHÍNH TRỊ" (36-HD: 15–16)
  title: { sizePt: 14, bold: true },
  draftLabel: { sizePt: 14, bold: true },
} as const;

/**
 * Share of the text width taken by the left (issuing body) column of the header table; its cells
 * have no side margins, so "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG" (14 pt, ~80 mm) and "ĐẢNG CỘNG SẢN
 * VIỆT NAM" (15 pt bold, ~73 mm) each fit on one line of the 165 mm text width.
 */
export const HEADER_LEFT_SHARE = 0.5;
/** The dashes printed under the summary title. */
export const TITLE_DASHES = '-----';

/** Page numbers: from page 2, top centre, Arabic numerals. */
export const PAGE_NUMBER = { sizePt: 14 } as const;

/** Closing blocks: recipients bottom left, signature bottom right. */
export const CLOSING = {
  recipientsHeading: { sizePt: 12, bold: true, italic: true }, // "Nơi nhận:"
  recipientsLine: { sizePt: 11 },
  signatureLines: { sizePt: 14, bold: true }, // "T/M BAN CHẤP HÀNH", "BÍ THƯ", the name
  /** Share of the text width taken by the recipients column. */
  leftShare: 0.45,
} as const;

/** Footnote text. */
export const FOOTNOTE = { sizePt: 12 } as const;

/** Text inside content tables (not the header table). */
export const TABLE = { sizePt: 13, cellMarginMm: 1.9 } as const;

/** How a block of the body looks: alignment, emphasis, size, first-line indent and spacing. */
export interface BlockLook {
  align: 'both' | 'center' | 'left';
  bold?: boolean;
  italic?: boolean;
  sizePt: number;
  /** Whether the first line is indented like body text. */
  indent: boolean;
  spaceBeforePt: number;
  /** Keep with the next paragraph (headings). */
  keepNext?: boolean;
}

const body: BlockLook = { align: 'both', sizePt: BODY.sizePt, indent: true, spaceBeforePt: BODY.spaceBeforePt };
const heading = (bold: boolean, italic: boolean): BlockLook => ({ ...body, bold, italic, spaceBeforePt: 6, keepNext: true });

/** The look of every body block; the key is the block type, headings by level ("heading3"). */
export const BLOCK_LOOK = {
  part: { align: 'center', bold: true, sizePt: 14, indent: false, spaceBeforePt: 12, keepNext: true },
  section: heading(true, false), // "I. ĐÁNH GIÁ …"
  heading1: heading(true, false), // "1. …"
  heading2: heading(true, false), // "1.1. …"
  heading3: heading(true, true), // "1.1.1. …"
  heading4: heading(false, true), // "a) …"
  ordinal: body, // "Một là, …"
  target: body, // "(7) …"
  bullet: body, // "- …"
  paragraph: body,
  footnote: { ...body, sizePt: FOOTNOTE.sizePt, indent: false },
  recipients: { align: 'left', sizePt: CLOSING.recipientsLine.sizePt, indent: false, spaceBeforePt: 12 },
  signature: { align: 'center', bold: true, sizePt: CLOSING.signatureLines.sizePt, indent: false, spaceBeforePt: 12 },
} as const satisfies Record<string, BlockLook>;

/**
 * Keep-with-next holds a heading on the page of the paragraph after it, for short headings only:
 * Word and LibreOffice keep a whole chain of such paragraphs together, so one long paragraph in
 * the chain pushes all of it to the next page and leaves the page before half empty. A heading
 * longer than `maxChars` (about two and a half lines), or one that runs in ("1. Lead-in: its
 * body…", a lead-in of at most `leadInMaxChars` ending at a colon), is never kept with the next.
 */
export const KEEP_WITH_NEXT = { maxChars: 200, leadInMaxChars: 120 } as const;

// ---- unit conversions -------------------------------------------------------------------

/** Twentieths of a point, Word's unit for page geometry and indents. */
export function mmToTwips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

/** Word's unit for font sizes. */
export function ptToHalfPoints(pt: number): number {
  return Math.round(pt * 2);
}

export function ptToTwips(pt: number): number {
  return Math.round(pt * 20);
}

/** Line spacing as Word's `w:line` in `auto` rule: 240 = single. */
export function lineMultipleToLine(multiple: number): number {
  return Math.round(multiple * 240);
}

/** Width of the text area in twips: page width (its height when the page is turned) less the side margins. */
export function textWidthTwips(landscape = false): number {
  return mmToTwips(landscape ? PAGE_MM.height : PAGE_MM.width) - mmToTwips(MARGINS_MM.left) - mmToTwips(MARGINS_MM.right);
}
