import type { DocumentHeader } from '../document/header.ts';
import { HEADER_LEFT_SHARE, HEADER_TYPE, TITLE_DASHES, textWidthTwips } from './layout.ts';
import { paragraphPropertiesXml, paragraphXml, type ParagraphProps } from './paragraphProperties.ts';
import type { RevisionIds } from './revisionMarks.ts';
import { ruleIndents } from './ruleWidth.ts';
import { textRunXml, type RunStyle } from './runs.ts';
import { splitWidth, tableXml } from './tableXml.ts';
import { type Piece, piecesXml } from './trackedRuns.ts';

/**
 * Who a tracked change of the draft stamp is by: no one typed "DỰ THẢO LẦN 4", the app stamps each
 * draft as it is frozen and exported, so the change is not put on the exporter or a header's editor.
 */
export const STAMP_AUTHOR = 'Văn Kiện Studio';

/** Caption of the header table, so an importer can tell it from content tables. */
export const HEADER_TABLE_CAPTION = 'vankien:header';

const CELL: ParagraphProps = { styleId: 'VkHeaderCell' };
/** A 1 pt paragraph mark: the rule paragraph is just tall enough to carry its bottom border. */
const RULE_MARK = '<w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr>';

/** "Hải Phòng, ngày 15 tháng 9 năm 2025" from place and date, either may be empty. */
export function placeAndDate(header: DocumentHeader): string {
  return [header.place.trim(), header.date.trim()].filter(Boolean).join(', ');
}

/**
 * The header as the layout reads it: the older and the newer draft's header (the same one twice in
 * a plain export), and the revision ids when they differ, so that a field whose text changed is
 * written with its old text deleted and its new text inserted.
 */
interface HeaderPair {
  old: DocumentHeader;
  new: DocumentHeader;
  ids: RevisionIds | null;
}

type Field = (h: DocumentHeader) => string;

/**
 * One line of a field. A changed line is tracked; a line only one side has loses its paragraph
 * mark with its text when `removable` (never the last paragraph of a table cell, which must stay).
 */
function line(pair: HeaderPair, field: Field, style: RunStyle, props: ParagraphProps = CELL, removable = false): string {
  return lineOf(pair, field(pair.old), field(pair.new), style, props, removable);
}

function lineOf(pair: HeaderPair, before: string, after: string, style: RunStyle, props: ParagraphProps, removable: boolean): string {
  if (before === after || !pair.ids) return paragraphXml(props, textRunXml(after, style));
  const oneSided = !before || !after;
  const markXml = removable && oneSided ? `<w:rPr><w:${before ? 'del' : 'ins'}${pair.ids.attrs()}/></w:rPr>` : props.markXml;
  return paragraphXml({ ...props, markXml }, piecesXml(fieldPieces(before, after), pair.ids, style));
}

/** A changed field as pieces: the words both share at the start and the end kept, the rest deleted and inserted. */
function fieldPieces(before: string, after: string): Piece[] {
  let p = 0;
  while (p < before.length && p < after.length && before[p] === after[p]) p++;
  let s = 0;
  while (s < before.length - p && s < after.length - p && before[before.length - 1 - s] === after[after.length - 1 - s]) s++;
  // Whole words only: the kept start ends with a space, the kept end starts with one.
  while (p > 0 && !/\s/u.test(before[p - 1])) p--;
  while (s > 0 && !/\s/u.test(before[before.length - s])) s--;
  const pieces: Piece[] = [
    { mark: 'equal', text: before.slice(0, p) },
    { mark: 'del', text: before.slice(p, before.length - s) },
    { mark: 'ins', text: after.slice(p, after.length - s) },
    { mark: 'equal', text: before.slice(before.length - s) },
  ];
  return pieces.filter((x) => x.text);
}

const bodyLines = (h: DocumentHeader) => h.issuingBody.split('\n').map((l) => l.trim()).filter(Boolean);

/** Issuing body lines: the last (the issuing body itself) bold, a superior line above it regular. */
function issuingBodyXml(pair: HeaderPair): string {
  const [before, after] = [bodyLines(pair.old), bodyLines(pair.new)];
  const styleAt = (i: number, all: string[]) => (i === all.length - 1 ? HEADER_TYPE.issuingBody : HEADER_TYPE.issuingBodyUpper);
  if (before.join('\n') === after.join('\n')) return after.map((text, i) => lineOf(pair, text, text, styleAt(i, after), CELL, true)).join('');
  // Changed: the older lines deleted, then the newer inserted (each line's style is its place in its own list).
  return [...before.map((text, i) => lineOf(pair, text, '', styleAt(i, before), CELL, true)), ...after.map((text, i) => lineOf(pair, '', text, styleAt(i, after), CELL, true))].join('');
}

/** The rule under the superior body, as wide as its text; plain cell properties when there is none. */
function ruleProps(superior: string, width: number): ParagraphProps {
  const sup = HEADER_TYPE.superiorBody;
  // The rule is its own tiny paragraph: indents that shorten it must never squeeze the words.
  return superior ? { ...CELL, bottomRule: true, ...ruleIndents(superior, sup.sizePt, sup.bold, width), markXml: RULE_MARK } : { ...CELL, markXml: RULE_MARK };
}

/** The rule paragraph; when the superior body changed, its older look is tracked as a property change. */
function ruleXml(pair: HeaderPair, width: number): string {
  const after = ruleProps(pair.new.superiorBody.trim(), width);
  const before = ruleProps(pair.old.superiorBody.trim(), width);
  const old = paragraphPropertiesXml({ ...before, markXml: undefined });
  const changed = pair.ids && old !== paragraphPropertiesXml({ ...after, markXml: undefined });
  return paragraphXml({ ...after, changeXml: changed ? `<w:pPrChange${pair.ids!.attrs()}>${old}</w:pPrChange>` : undefined }, '');
}

const either = (pair: HeaderPair, field: Field) => !!(field(pair.old) || field(pair.new));

/**
 * The 36-HD header as a borderless two-column table: the issuing body with its "*" line (left)
 * beside "ĐẢNG CỘNG SẢN VIỆT NAM" with its rule (right); below, the number and symbol (left)
 * beside the place and date in italics (right), sharing a baseline as in the 36-HD model. A draft
 * label gets a first row of its own, in the top right corner.
 */
function headerTableXml(pair: HeaderPair): string {
  const widths = splitWidth(textWidthTwips(), [HEADER_LEFT_SHARE, 1 - HEADER_LEFT_SHARE]);
  const superior: Field = (h) => h.superiorBody.trim();
  const star: Field = (h) => (h.issuingBody.trim() ? '*' : '');
  const number: Field = (h) => h.number.trim();
  const spaced = { ...CELL, spaceBeforePt: 6 };
  const left1 = either(pair, star) ? issuingBodyXml(pair) + line(pair, star, HEADER_TYPE.asterisk) : '';
  const right1 = either(pair, superior) ? line(pair, superior, HEADER_TYPE.superiorBody, CELL, true) + ruleXml(pair, widths[1]) : '';
  const left2 = either(pair, number) ? line(pair, number, HEADER_TYPE.number, spaced) : '';
  const right2 = either(pair, placeAndDate) ? line(pair, placeAndDate, HEADER_TYPE.placeDate, spaced) : '';
  const rows = [
    [{ width: widths[0], content: left1 }, { width: widths[1], content: right1 }],
    [{ width: widths[0], content: left2 }, { width: widths[1], content: right2 }],
  ];
  // "DỰ THẢO LẦN 3" in the top right corner, above the Party heading.
  const draft: Field = (h) => h.draftLabel.trim();
  if (either(pair, draft)) {
    const stamp = () => line(pair, draft, HEADER_TYPE.draftLabel, { ...CELL, align: 'right', spaceAfterPt: 6 });
    rows.unshift([{ width: widths[0], content: '' }, { width: widths[1], content: pair.ids ? pair.ids.writtenAs(STAMP_AUTHOR, stamp) : stamp() }]);
  }
  // A row empty on both sides (a header holding only the draft label) is left out; one row always stays.
  const filled = rows.filter((row) => row.some((cell) => cell.content));
  return tableXml({ widths, borders: false, cellMarginTwips: 0, caption: HEADER_TABLE_CAPTION }, filled.length > 0 ? filled : rows);
}

/** The table (draft label on top when there is one), then document type, title and its dashes. */
function headerPairXml(pair: HeaderPair): string {
  let xml = headerTableXml(pair);
  const docType: Field = (h) => h.docType.trim();
  const title: Field = (h) => h.title.trim();
  if (either(pair, docType)) xml += line(pair, docType, {}, { styleId: 'VkDocType' }, true);
  if (either(pair, title)) {
    xml += line(pair, title, {}, { styleId: 'VkTitle' }, true);
    xml += line(pair, (h) => (title(h) ? TITLE_DASHES : ''), { bold: false }, { styleId: 'VkTitle' }, true);
  }
  return xml;
}

/** The whole header in the 36-HD layout. */
export function headerBlockXml(header: DocumentHeader): string {
  return headerPairXml({ old: header, new: header, ids: null });
}

/**
 * The header of the newer draft in the same layout, every field that differs from the older
 * draft's tracked (the old text deleted, the new inserted), so that accepting all gives the newer
 * header and rejecting all the older one. A field only one side has keeps an empty paragraph on
 * the other side inside the table (a cell cannot lose its last paragraph), and the table stays
 * even when only one side has a header.
 */
export function trackedHeaderXml(older: DocumentHeader, newer: DocumentHeader, ids: RevisionIds): string {
  return headerPairXml({ old: older, new: newer, ids });
}
