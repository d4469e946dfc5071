import { describe, expect, it } from 'vitest';
import { flattenDoc } from '../../../shared/document/flatten.ts';
import { schema } from '../../../shared/editor/schema.ts';
import { exportDocx } from '../../../shared/export/exportDocx.ts';
import { KEEP_WITH_NEXT } from '../../../shared/export/layout.ts';
import { leadInLength, releasesKeepWithNext } from '../../../shared/export/runInHeading.ts';
import { importFile, recogniseText } from '../../../shared/import/index.ts';
import { numberBlocks } from '../../../shared/numbering/index.ts';
import { corpus } from '../import/corpus.ts';
import { documentBody, unzipDocx } from './docxKit.ts';
import { child, descendants, elements, type XmlElement } from './miniXml.ts';

describe('leadInLength', () => {
  it.each([
    ['Công tác chuẩn bị Đại hội: Được triển khai nghiêm túc, khẩn trương.', 'Công tác chuẩn bị Đại hội:'],
    ['Số đại biểu được triệu tập: 446 đại biểu', 'Số đại biểu được triệu tập:'],
    ['Chủ đề Đại hội: “Tiếp tục nâng cao năng lực lãnh đạo”', 'Chủ đề Đại hội:'],
    ['Kết quả đạt được và nguyên nhân:', null],
    ['Các chỉ tiêu chủ yếu', null],
    ['Về kinh tế. Các chỉ tiêu gồm: tăng trưởng', null],
    [`${'Lời dẫn rất dài '.repeat(9)}: nội dung`, null],
  ])('of %j is %j', (text, leadIn) => {
    const length = leadInLength(text);
    expect(length === null ? null : text.slice(0, length)).toBe(leadIn);
  });

  it('releases keep-with-next for run-in and long headings only', () => {
    expect(releasesKeepWithNext('Các chỉ tiêu chủ yếu')).toBe(false);
    expect(releasesKeepWithNext('Xác định 11 nhóm nhiệm vụ và giải pháp chủ yếu:')).toBe(false);
    expect(releasesKeepWithNext('Nội dung: Đại hội tiến hành các nội dung chính')).toBe(true);
    expect(releasesKeepWithNext('Quan điểm '.repeat(25))).toBe(true);
  });
});

const HEADING_STYLES = new Set(['Heading1', 'Heading2', 'Heading3', 'Heading4', 'Heading5', 'Heading6']);
const textOf = (p: XmlElement) => descendants(p, 'w:t').map((t) => t.children.join('')).join('');
/** Whether Word keeps the paragraph with the next: its own w:keepNext, else its style's (every heading style keeps). */
function keptWithNext(p: XmlElement): boolean {
  const pPr = child(p, 'w:pPr');
  const own = pPr && child(pPr, 'w:keepNext');
  if (own) return !['0', 'false'].includes(own.attrs['w:val'] ?? 'true');
  const style = pPr && child(pPr, 'w:pStyle')?.attrs['w:val'];
  return !!style && HEADING_STYLES.has(style);
}
const runProps = (run: XmlElement) => {
  const rPr = child(run, 'w:rPr');
  return rPr ? rPr.children.filter((c): c is XmlElement => typeof c !== 'string').map((c) => `${c.name}${c.attrs['w:val'] ? `=${c.attrs['w:val']}` : ''}`) : [];
};

describe('exporting the city report, whose points run in ("1. Công tác chuẩn bị Đại hội: Được triển khai…")', () => {
  const result = recogniseText(corpus('thong-bao-nhanh-ket-qua-dai-hoi.txt'));
  const doc = schema.nodeFromJSON(result.doc);
  const labels = numberBlocks(flattenDoc(doc), result.numbering);
  const bytes = exportDocx(doc, labels);
  const paragraphs = elements(documentBody(unzipDocx(bytes)), 'w:p');

  it('keeps no paragraph longer than two and a half lines with the next', () => {
    const kept = paragraphs.filter(keptWithNext);
    expect(kept.length).toBeGreaterThan(10);
    for (const p of kept) expect(textOf(p).length, textOf(p)).toBeLessThanOrEqual(KEEP_WITH_NEXT.maxChars + 10);
    const released = paragraphs.filter((p) => !keptWithNext(p) && HEADING_STYLES.has(child(child(p, 'w:pPr')!, 'w:pStyle')?.attrs['w:val'] ?? ''));
    expect(released.map((p) => textOf(p).split(':')[0])).toContain('1. Công tác chuẩn bị Đại hội');
  });

  it('prints a run-in point with only its number and lead-in emphasised', () => {
    const point = paragraphs.find((p) => textOf(p).startsWith('1. Công tác chuẩn bị Đại hội:'))!;
    const runs = elements(point, 'w:r').map((r) => [textOf(r), runProps(r)]);
    expect(runs[0]).toEqual(['1. ', []]);
    expect(runs[1]).toEqual(['Công tác chuẩn bị Đại hội:', []]);
    expect(runs[2][0]).toMatch(/^ Được triển khai nghiêm túc/u);
    expect(runs[2][1]).toEqual(['w:b=0', 'w:bCs=0', 'w:i=0', 'w:iCs=0']);
  });

  it('still keeps a short heading, and a heading that ends at its colon, with the next', () => {
    const short = paragraphs.find((p) => textOf(p) === '2.3. Các chỉ tiêu chủ yếu')!;
    const colon = paragraphs.find((p) => textOf(p) === '2.5. Xác định 11 nhóm nhiệm vụ và giải pháp chủ yếu:')!;
    expect([keptWithNext(short), keptWithNext(colon)]).toEqual([true, true]);
  });

  it('reads back as the same document: headings numbered in the outline, no emphasis added', () => {
    const back = importFile(bytes, 'thong-bao.docx');
    const strip = (nodes: typeof result.doc.content) => nodes.filter((n) => n.type !== 'header').map(({ attrs: _attrs, ...rest }) => rest);
    expect(strip(back.doc.content)).toEqual(strip(result.doc.content));
  });
});
