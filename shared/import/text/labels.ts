/**
 * The numbering labels of Party documents, recognised at the start of a paragraph:
 * "Phần thứ nhất" (part), "I." (section), "1." "1.1." "1.1.1." "a)" (heading levels 1–4),
 * "(7)" (target), "Một là," (ordinal), "- " "+ " "• " (bullet). Table-driven: the first rule
 * that matches wins, so more specific patterns come first.
 */
import type { TextBlockType } from '../model.ts';

export interface LabelMatch {
  type: TextBlockType;
  level: number | null;
  /** The label as written ("1.1.", "(7).", "Một là,"). */
  label: string;
  /** How many characters to remove: the label and the white space after it. */
  length: number;
}

interface Rule {
  re: RegExp;
  type: TextBlockType;
  level: number | null;
  /** Numbers at the start of a wrapped line are often figures, not labels: demand a capital next. */
  capitalNext?: boolean;
}

const ORDINAL_WORDS = 'nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười(?: một| hai| ba| bốn| lăm| năm| sáu| bảy| tám| chín)?';
const COUNT_WORDS = 'Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười(?: một| hai| ba| bốn| lăm| năm| sáu| bảy| tám| chín)?';
// Roman numerals I–XXXIX only: "C." or "L." at a line start is far more often an initial.
const ROMAN = '(?:X{1,3}(?:IX|IV|V?I{0,3})|IX|IV|V?I{1,3}|V)';

const RULES: Rule[] = [
  { re: new RegExp(`^phần\\s+thứ\\s+(?:${ORDINAL_WORDS})(?!\\p{L})\\s*[.:]?`, 'iu'), type: 'part', level: null },
  { re: new RegExp(`^${ROMAN}\\.(?=\\s)`, 'u'), type: 'section', level: null, capitalNext: true },
  { re: /^\d{1,2}\.\d{1,2}\.\d{1,2}\.?(?=\s)/u, type: 'heading', level: 3, capitalNext: true },
  { re: /^\d{1,2}\.\d{1,2}\.?(?=\s)/u, type: 'heading', level: 2, capitalNext: true },
  { re: /^\d{1,2}\.(?=\s)/u, type: 'heading', level: 1, capitalNext: true },
  { re: /^[a-zđ]\)(?=\s)/u, type: 'heading', level: 4 },
  { re: /^\(\d{1,3}\)\.?(?=\s)/u, type: 'target', level: null },
  { re: new RegExp(`^(?:${COUNT_WORDS}|${COUNT_WORDS.toUpperCase()})\\s+(?:là|LÀ)\\s*[,:]`, 'u'), type: 'ordinal', level: null },
  { re: new RegExp(`^(?:Thứ|THỨ)\\s+(?:${ORDINAL_WORDS}|${ORDINAL_WORDS.toUpperCase()})\\s*[,:]`, 'u'), type: 'ordinal', level: null },
  { re: /^[-+•](?=\s)/u, type: 'bullet', level: null },
];

const LOWER_START = /^\p{Ll}/u;

/** The numbering label at the start of `text` (which must not start with white space), or null. */
export function matchLabel(text: string): LabelMatch | null {
  for (const rule of RULES) {
    const m = rule.re.exec(text);
    if (!m) continue;
    const rest = text.slice(m[0].length);
    const restTrimmed = rest.trimStart();
    if (rule.capitalNext && LOWER_START.test(restTrimmed)) continue;
    return { type: rule.type, level: rule.level, label: m[0], length: text.length - restTrimmed.length };
  }
  return null;
}
