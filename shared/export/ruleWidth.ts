/**
 * An estimate of how wide a line of Times New Roman text prints, in twips. 36-HD wants the rule
 * under "ĐẢNG CỘNG SẢN VIỆT NAM" as long as the words; Word has no "border as wide as the text",
 * so the rule is a paragraph border narrowed by indents computed from this estimate (average
 * glyph widths of Times New Roman, in ems; good to a few per cent on capitals).
 */
export function estimateTextWidthTwips(text: string, sizePt: number, bold: boolean): number {
  let ems = 0;
  for (const ch of text.normalize('NFC')) {
    if (ch === ' ') ems += 0.25;
    else if (/\p{Lu}/u.test(ch)) ems += bold ? 0.72 : 0.68;
    else if (/\p{Ll}/u.test(ch)) ems += bold ? 0.5 : 0.46;
    else ems += 0.5;
  }
  return Math.round(ems * sizePt * 20);
}

/** Left and right indents that centre a rule of the text's width in a cell of `cellTwips`. */
export function ruleIndents(text: string, sizePt: number, bold: boolean, cellTwips: number): { leftTwips: number; rightTwips: number } {
  const side = Math.max(0, Math.floor((cellTwips - estimateTextWidthTwips(text, sizePt, bold)) / 2));
  return { leftTwips: side, rightTwips: side };
}
