import type { LevelRule, NumberedKind, NumberingScheme } from './scheme.ts';

/**
 * The numbering of a Political Report as the city congress documents use it (corpus:
 * thong-bao-nhanh-ket-qua-dai-hoi.txt, part IV): "Phần thứ nhất", "I.", "1.", "1.1.", "1.1.1.",
 * "a)", "Một là,", "(1)". Headings restart under their parent; "Một là" and targets restart at
 * every heading (the corpus numbers a) (1)…(7), b) (1)…(22), then 2.4. (1)…(5)); footnotes run
 * through the whole document.
 */
export const DEFAULT_SCHEME: NumberingScheme = {
  part: { style: 'part-words', reset: 'continue' },
  section: { style: 'upper-roman', reset: 'part' },
  heading1: { style: 'decimal', reset: 'section' },
  heading2: { style: 'decimal-path', reset: 'heading1' },
  heading3: { style: 'decimal-path', reset: 'heading2' },
  heading4: { style: 'lower-alpha', reset: 'heading3' },
  ordinal: { style: 'ordinal-words', reset: 'heading4' },
  target: { style: 'paren-decimal', reset: 'heading4' },
  footnote: { style: 'decimal', reset: 'continue' },
};

/** A copy of `scheme` with one kind's rule changed; the input is not modified. */
export function withRule(scheme: NumberingScheme, kind: NumberedKind, rule: Partial<LevelRule>): NumberingScheme {
  return { ...scheme, [kind]: { ...scheme[kind], ...rule } };
}
