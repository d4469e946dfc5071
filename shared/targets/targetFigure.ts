/**
 * A figure in a target's text (chỉ tiêu): "bình quân 13%/năm trở lên", "47 - 48%", "245.500 tỷ
 * đồng", "55/67 xã". Figures are derived from the text, never stored apart from it, so they are
 * always in sync with what the drafters wrote and can be followed from draft to draft.
 */

/** What a qualifier word says about a figure, in the order they are listed on a figure. */
export const TARGET_QUALIFIERS = [
  'at-least', // "từ … trở lên", "tối thiểu", "ít nhất", "không dưới"
  'more-than', // "trên", "hơn", "vượt"
  'at-most', // "tối đa", "không quá", "trở xuống"
  'less-than', // "dưới"
  'about', // "khoảng", "gần", "xấp xỉ", "trên dưới"
  'average', // "bình quân", "trung bình"
  'aim', // "phấn đấu": a stretch figure beside the required one
  'annual', // "hằng năm"
] as const;
export type TargetQualifier = (typeof TARGET_QUALIFIERS)[number];

export interface TargetFigure {
  /** The figure as written: from its first digit to the end of its unit ("15,5 - 16,5%/năm"). */
  text: string;
  /** Offsets of `text` in the block text, [start, end). */
  start: number;
  end: number;
  /** A single value, or null for a range. */
  value: number | null;
  /** Bounds: both equal `value` for a single value. */
  min: number;
  max: number;
  /** The whole of a part ("55/67 xã" → 67), else null. */
  outOf: number | null;
  /** The unit as written ("%", "%/năm", "tỷ USD", "USD/người", "giường bệnh"), null when none. */
  unit: string | null;
  qualifiers: TargetQualifier[];
  /** The year the figure is for ("năm 2030"; the end of "giai đoạn 2026 - 2030"), null when none. */
  year: number | null;
  /** The first year of a period ("giai đoạn 2026 - 2030" → 2026), else null. */
  yearFrom: number | null;
}
