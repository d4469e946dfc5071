/**
 * A number label reduced to what identifies it, so a label typed in a source ("2.5.", "(7).",
 * "Một là,", "PHẦN THỨ NHẤT:") compares equal to the one numbering derives ("2.5", "(7)",
 * "Một là", "Phần thứ nhất"): NFC, superscript digits as digits (a footnote's "¹"), white space
 * collapsed, lower case, no trailing ". , : ;".
 */
export function labelKey(label: string): string {
  return label
    .normalize('NFC')
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/gu, (ch) => String('⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(ch)))
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[\s.,:;]+$/u, '')
    .toLowerCase();
}
