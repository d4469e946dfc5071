import type { DocumentHeader } from '../../document/header.ts';
import { docxPackage } from '../../export/docxPackage.ts';
import { headerBlockXml } from '../../export/headerBlockXml.ts';
import { sectionBreakXml } from '../../export/packageParts.ts';
import { textWidthTwips } from '../../export/layout.ts';
import { paragraphXml, type ParagraphProps } from '../../export/paragraphProperties.ts';
import { textRunXml, type RunStyle } from '../../export/runs.ts';
import { type CellXml, splitWidth, tableXml } from '../../export/tableXml.ts';
import { upperRoman } from '../../numbering/formatCounter.ts';
import { annexRows, ANNEX_HEADINGS, ANNEX_SHARES } from './annexRows.ts';
import { changeText } from './changeText.ts';
import { placeLabel } from './placeLabel.ts';
import type { SynthesisEntry, SynthesisReport } from './synthesisTypes.ts';

/** The committee that writes the report: the documents subcommittee, under the congress's Party committee. */
export const SUBCOMMITTEE = 'TIỂU BAN VĂN KIỆN';
/** Type in the annex table (on a landscape page of its own), a little smaller than the body, as tables are. */
const TABLE_PT = 12;

/**
 * The paragraph Word requires after the last table: one point high, so a table that fills its last
 * page does not push an empty page after it.
 */
const AFTER_TABLE = '<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/></w:pPr></w:p>';

const body = (runs: string) => paragraphXml({ styleId: 'Normal' }, runs);
/**
 * A bold label and its text; a text of several lines (a comment written in paragraphs, answers
 * that differ) goes on with a paragraph per line, since a line break inside a justified paragraph
 * would stretch the words before it across the page.
 */
function labelled(label: string, text: string): string {
  const [first, ...rest] = text.split('\n').filter((line, i) => i === 0 || line.trim());
  return body(textRunXml(label, { bold: true }) + textRunXml(first)) + rest.map((line) => body(textRunXml(line))).join('');
}

function headerOf(report: SynthesisReport): DocumentHeader {
  return { superiorBody: 'ĐẢNG CỘNG SẢN VIỆT NAM', issuingBody: report.issuingBody, number: '', place: report.place, date: report.date, docType: 'BÁO CÁO', title: report.title, draftLabel: '' };
}

function summaryXml(report: SynthesisReport): string {
  const groups = report.parts.reduce((n, p) => n + p.entries.length, 0);
  const decided = report.statusCounts.filter((s) => s.status !== 'new' && s.status !== 'in_review');
  const pending = report.statusCounts.filter((s) => s.status === 'new' || s.status === 'in_review').reduce((n, s) => n + s.comments, 0);
  const results = decided.map((s) => `${s.label.toLocaleLowerCase('vi')} ${s.comments} ý kiến`).join(', ');
  const draft = report.draftNumber === null ? '' : ` (Dự thảo lần ${report.draftNumber})`;
  return body(textRunXml(`Tiểu ban Văn kiện đã nhận được ${report.comments} ý kiến góp ý của ${report.sources} đơn vị vào dự thảo ${report.documentTitle}${draft}. ` +
    `Sau khi gom các ý kiến trùng và gần trùng, còn ${groups} nhóm ý kiến.${results ? ` Kết quả xem xét: ${results}.` : ''}` +
    `${pending ? ` Còn ${pending} ý kiến chưa xem xét xong.` : ''} Cụ thể như sau:`));
}

/** The decision, then its answer (answers that differ each on a line of their own). */
const answerXml = (entry: SynthesisEntry) => labelled('Tiếp thu, giải trình: ', `${entry.decision}.${entry.answer ? (entry.answer.includes('\n') ? `\n${entry.answer}` : ` ${entry.answer}`) : ''}`);

function entryXml(entry: SynthesisEntry, index: number): string {
  const where = entry.place ? `${placeLabel(entry.place)}: ` : '';
  const heading = paragraphXml({ styleId: 'Heading3' }, textRunXml(`${index + 1}. ${where}${entry.countLabel}`));
  return heading +
    labelled('Đơn vị: ', entry.senders.map((s) => `${s.label} (${s.comments})`).join('; ')) +
    labelled('Nội dung góp ý: ', entry.wording) +
    answerXml(entry) +
    // A cluster placed nowhere has no block to follow into the next draft: no line for it.
    (entry.change ? labelled(`Thay đổi trong ${entry.change.next ?? 'dự thảo sau'}: `, changeText(entry.change)) : '');
}

const cellText = (text: string, style: RunStyle = {}, props: ParagraphProps = {}) =>
  text.split('\n').map((line) => paragraphXml({ styleId: 'VkTableText', ...props }, textRunXml(line, { sizePt: TABLE_PT, ...style }))).join('');

/** The annex on landscape pages: a real table, its heading row repeated on every page, a row per part then per entry. */
function annexXml(report: SynthesisReport): string {
  const widths = splitWidth(textWidthTwips(true), ANNEX_SHARES);
  const total = widths.reduce((a, b) => a + b, 0);
  const heading: CellXml[] = ANNEX_HEADINGS.map((h, i) => ({ width: widths[i], content: cellText(h, { bold: true }, { align: 'center' }) }));
  const rows: CellXml[][] = [heading];
  for (const row of annexRows(report)) {
    if (row.kind === 'part') rows.push([{ width: total, span: widths.length, content: cellText(row.title, { bold: true }) }]);
    else rows.push(row.cells.map((text, i) => ({ width: widths[i], content: cellText(text, {}, i === 0 ? { align: 'center' } : {}) })));
  }
  const title = (text: string, style: RunStyle) => paragraphXml({ styleId: 'VkTitle' }, textRunXml(text, style));
  return sectionBreakXml() +
    paragraphXml({ styleId: 'VkDocType' }, textRunXml('PHỤ LỤC')) +
    title('BẢNG TỔNG HỢP Ý KIẾN GÓP Ý', {}) +
    title(`(Kèm theo Báo cáo ${report.title.charAt(0).toLocaleLowerCase('vi')}${report.title.slice(1)})`, { bold: false, italic: true }) +
    tableXml({ widths, borders: true, headerRows: 1 }, rows) + AFTER_TABLE;
}

/**
 * The synthesis report as a .docx in the 36-HD layout of every export: the header (the committee,
 * the place and date, "BÁO CÁO" and its title), a summary of the counts, a numbered part per
 * section of the draft ("Chưa gắn vị trí" last) with each cluster's count, senders, wording,
 * decision and answer and what changed in the next draft, then the annex table.
 */
export function synthesisDocx(report: SynthesisReport, created?: string): Uint8Array {
  let xml = headerBlockXml(headerOf(report)) + summaryXml(report);
  report.parts.forEach((part, p) => {
    xml += paragraphXml({ styleId: 'Heading2' }, textRunXml(`${upperRoman(p + 1)}. ${part.title}`));
    xml += part.entries.map(entryXml).join('');
  });
  if (report.parts.length === 0) xml += body(textRunXml('Chưa có ý kiến góp ý nào vào dự thảo này.'));
  xml += annexXml(report);
  return docxPackage({ body: xml, lastSection: { landscape: true, continued: true }, core: { title: `Báo cáo ${report.title}`, creator: 'Văn Kiện Studio', created } });
}
