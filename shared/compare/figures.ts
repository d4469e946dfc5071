import { parseVnNumber } from './vnNumber.ts';

/** A figure of a target: "đạt 47 - 48%" → {value 47, high 48, unit "%"}. */
export interface Figure {
  /** The text it was read from, as written. */
  raw: string;
  value: number;
  /** The upper end of a range ("200 - 220"), else null. */
  high: number | null;
  /** "%", "%/năm", or the word after the number ("USD/người", "triệu", "doanh"), else null. */
  unit: string | null;
  /** "trên", "khoảng", "từ", "tối thiểu" … just before the number, else null. */
  qualifier: string | null;
}

const NUM = String.raw`\d+(?:[.,]\d+)*`;
/** A number or a range, with "%" on either end; then "/năm" or a unit word. */
const FIGURE = new RegExp(
  String.raw`(?<![\p{L}\p{N}/.,-])(?<low>${NUM})(?!\p{N}|[.,/]\p{N})(?:\s*(?<pct1>%))?(?:\s*[-–]\s*(?<high>${NUM})(?:\s*(?<pct2>%))?)?` +
    String.raw`(?:(?<perYear>\/năm)|\s+(?<word>[\p{L}\p{M}]+(?:\/[\p{L}\p{M}]+)?))?`,
  'gu',
);
const QUALIFIER = /(trên|khoảng|từ|tối thiểu|tối đa|ít nhất|hơn|dưới|đạt)\s*$/u;

/**
 * The figures in a target's text, in order. Years (1900–2100 written without a unit, alone or as
 * "2026 - 2030") and dates ("26/9/2025") are not figures.
 */
export function extractFigures(text: string): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const { low, pct1, high, pct2, perYear, word } = m.groups as Record<string, string | undefined> & { low: string };
    const value = parseVnNumber(low) as number;
    const top = high === undefined ? null : parseVnNumber(high);
    const percent = pct1 || pct2;
    if (!percent && isYear(low) && (high === undefined || isYear(high))) continue;
    const unit = percent ? `%${perYear ?? ''}` : (perYear ?? word ?? null);
    const qualifier = text.slice(Math.max(0, m.index - 12), m.index).match(QUALIFIER)?.[1] ?? null;
    const raw = (word ? m[0].slice(0, m[0].length - word.length) : m[0]).trim();
    out.push({ raw, value, high: top, unit, qualifier });
  }
  return out;
}

function isYear(token: string): boolean {
  return /^\d{4}$/u.test(token) && Number(token) >= 1900 && Number(token) <= 2100;
}
