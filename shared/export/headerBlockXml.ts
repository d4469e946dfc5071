import type { DocumentHeader } from '../document/header.ts';
import { HEADER_LEFT_SHARE, HEADER_TYPE, TITLE_DASHES, textWidthTwips } from './layout.ts';
import { paragraphXml, type ParagraphProps } from './paragraphProperties.ts';
import { ruleIndents } from './ruleWidth.ts';
import { textRunXml, type RunStyle } from './runs.ts';
import { splitWidth, tableXml } from './tableXml.ts';

/** Caption of the header table, so an importer can tell it from content tables. */
export const HEADER_TABLE_CAPTION = 'vankien:header';

const CELL: ParagraphProps = { styleId: 'VkHeaderCell' };
/** A 1 pt paragraph mark: the rule paragraph is just tall enough to carry its bottom border. */
const RULE_MARK = '<w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr>';

function line(text: string, style: RunStyle, props: ParagraphProps = CELL): string {
  return paragraphXml(props, textRunXml(text, style));
}

/** "Hải Phòng, ngày 15 tháng 9 năm 2025" from place and date, either may be empty. */
export function placeAndDate(header: DocumentHeader): string {
  return [header.place.trim(), header.date.trim()].filter(Boolean).join(', ');
}

/** Issuing body lines: the last (the issuing body itself) bold, a superior line above it regular. */
function issuingBodyXml(issuingBody: string): string {
  const lines = issuingBody.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.map((l, i) => line(l, i === lines.length - 1 ? HEADER_TYPE.issuingBody : HEADER_TYPE.issuingBodyUpper)).join('');
}

/**
 * The 36-HD header as a borderless two-column table: the issuing body with its "*" line (left)
 * beside "ĐẢNG CỘNG SẢN VIỆT NAM" with its rule (right); below, the number and symbol (left)
 * beside the place and date in italics (right), sharing a baseline as in the 36-HD model. A draft
 * label gets a first row of its own, in the top right corner.
 */
function headerTableXml(header: DocumentHeader): string {
  const widths = splitWidth(textWidthTwips(), [HEADER_LEFT_SHARE, 1 - HEADER_LEFT_SHARE]);
  const superior = header.superiorBody.trim();
  const sup = HEADER_TYPE.superiorBody;
  // The rule is its own tiny paragraph: indents that shorten it must never squeeze the words.
  const rule: ParagraphProps = {
    ...CELL,
    bottomRule: true,
    ...ruleIndents(superior, sup.sizePt, sup.bold, widths[1]),
    markXml: RULE_MARK,
  };
  const left1 = header.issuingBody.trim() ? issuingBodyXml(header.issuingBody) + line('*', HEADER_TYPE.asterisk) : '';
  const right1 = superior ? line(superior, sup) + paragraphXml(rule, '') : '';
  const left2 = header.number.trim() ? line(header.number.trim(), HEADER_TYPE.number, { ...CELL, spaceBeforePt: 6 }) : '';
  const right2 = placeAndDate(header) ? line(placeAndDate(header), HEADER_TYPE.placeDate, { ...CELL, spaceBeforePt: 6 }) : '';
  const rows = [
    [{ width: widths[0], content: left1 }, { width: widths[1], content: right1 }],
    [{ width: widths[0], content: left2 }, { width: widths[1], content: right2 }],
  ];
  // "DỰ THẢO LẦN 3" in the top right corner, above the Party heading.
  const draft = header.draftLabel.trim();
  if (draft) rows.unshift([{ width: widths[0], content: '' }, { width: widths[1], content: line(draft, HEADER_TYPE.draftLabel, { ...CELL, align: 'right', spaceAfterPt: 6 }) }]);
  return tableXml({ widths, borders: false, cellMarginTwips: 0, caption: HEADER_TABLE_CAPTION }, rows);
}

/** The whole header: the table (draft label on top when there is one), then document type, title and its dashes. */
export function headerBlockXml(header: DocumentHeader): string {
  let xml = headerTableXml(header);
  if (header.docType.trim()) xml += line(header.docType.trim(), {}, { styleId: 'VkDocType' });
  if (header.title.trim()) {
    xml += line(header.title.trim(), {}, { styleId: 'VkTitle' });
    xml += line(TITLE_DASHES, { bold: false }, { styleId: 'VkTitle' });
  }
  return xml;
}
