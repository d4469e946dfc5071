import type { TargetQualifier } from './targetFigure.ts';
import { isLetter, longestFirst } from './words.ts';

interface Entry {
  phrase: string;
  /** null: a filler word that may stand between qualifiers and the figure ("đạt", "tăng"). */
  qualifier: TargetQualifier | null;
}

/** Words that may stand right before a figure, read backwards from it. */
const BEFORE: Entry[] = longestFirst([
  ...['tối thiểu', 'ít nhất', 'không dưới', 'không thấp hơn'].map((phrase) => ({ phrase, qualifier: 'at-least' as const })),
  ...['trên', 'hơn', 'cao hơn', 'vượt', 'vượt trên'].map((phrase) => ({ phrase, qualifier: 'more-than' as const })),
  ...['tối đa', 'không quá', 'không vượt quá', 'không vượt'].map((phrase) => ({ phrase, qualifier: 'at-most' as const })),
  ...['dưới', 'thấp hơn'].map((phrase) => ({ phrase, qualifier: 'less-than' as const })),
  ...['khoảng', 'gần', 'xấp xỉ', 'chừng', 'trên dưới', 'ước'].map((phrase) => ({ phrase, qualifier: 'about' as const })),
  ...['bình quân', 'trung bình'].map((phrase) => ({ phrase, qualifier: 'average' as const })),
  ...['phấn đấu'].map((phrase) => ({ phrase, qualifier: 'aim' as const })),
  ...['hằng năm', 'hàng năm', 'mỗi năm'].map((phrase) => ({ phrase, qualifier: 'annual' as const })),
  ...['đạt', 'tăng', 'giảm', 'ở mức', 'mức', 'là', 'còn', 'lên', 'có', 'tỷ lệ', 'được', 'thêm'].map((phrase) => ({ phrase, qualifier: null })),
]);

export interface QualifiersBefore {
  qualifiers: TargetQualifier[];
  /** "từ" right before the figure: a range start ("từ 25 - 30"), or "at least" for a single value. */
  from: boolean;
}

/**
 * Qualifiers in the words just before a figure (`text` ends where the figure starts), read back
 * word by word while each word is a qualifier or a filler: "đạt bình quân 13%" → average.
 */
export function qualifiersBefore(text: string): QualifiersBefore {
  const found: TargetQualifier[] = [];
  let rest = text.trimEnd();
  let from = false;
  if (/(^|[^\p{L}])từ$/iu.test(rest)) {
    from = true;
    rest = rest.slice(0, -2).trimEnd();
  }
  for (let step = 0; step < 8; step++) {
    const lower = rest.toLowerCase();
    const entry = BEFORE.find(({ phrase }) => lower.endsWith(phrase) && !isLetter(lower[lower.length - phrase.length - 1]));
    if (!entry) break;
    if (entry.qualifier) found.push(entry.qualifier);
    rest = rest.slice(0, rest.length - entry.phrase.length).trimEnd();
  }
  return { qualifiers: found, from };
}

/**
 * "trở lên" (at least) or "trở xuống" (at most) after a figure, before the clause ends
 * (`text` runs from the figure's end to the next figure).
 */
export function qualifierAfter(text: string): TargetQualifier | null {
  const clause = text.split(/[;,.:()]/u)[0].toLowerCase();
  if (/(^|[^\p{L}])trở lên($|[^\p{L}])/u.test(clause)) return 'at-least';
  if (/(^|[^\p{L}])trở xuống($|[^\p{L}])/u.test(clause)) return 'at-most';
  return null;
}
