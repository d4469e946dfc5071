import { describe, expect, it } from 'vitest';
import { flattenDoc } from '../../../shared/document/flatten.ts';
import { schema } from '../../../shared/editor/schema.ts';
import { exportDocx } from '../../../shared/export/exportDocx.ts';
import { KEEP_WITH_NEXT } from '../../../shared/export/layout.ts';
import { leadInLength, releasesKeepWithNext } from '../../../shared/export/runInHeading.ts';
import { importFile, recogniseText } from '../../../shared/import/index.ts';
import { numberBlocks } from '../../../shared/numbering/index.ts';
import { corpus } from '../import/corpus.ts';
import { exportComparisonJob } from '../../../main/services/jobs/exportComparisonJob.ts';
import { exportDraftJob } from '../../../main/services/jobs/exportJobs.ts';
import { exportComparisonDocx } from '../../../shared/export/exportComparisonDocx.ts';
import { type BlockJson, trackedDrafts } from '../../fixtures/trackedDrafts.ts';
import { del, eq, equal, ins, inserted, paired } from './comparisonCases.ts';
import { documentBody, reviewedParagraphs, unzipDocx } from './docxKit.ts';
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

/** The heading-styled paragraphs of a body whose mark stays in `mode`, as [visible text, kept with the next]. */
function headingsAfter(body: XmlElement, mode: 'accept' | 'reject' | 'asIs'): [string, boolean][] {
  return elements(body, 'w:p')
    .filter((p) => HEADING_STYLES.has(child(child(p, 'w:pPr') ?? p, 'w:pStyle')?.attrs['w:val'] ?? ''))
    .map((p) => ({ p, texts: reviewedParagraphs({ name: 'w:body', attrs: {}, children: [p] }, mode) }))
    .filter(({ texts }) => texts.length === 1 && texts[0] !== '')
    .map(({ p, texts }) => [texts[0], keptWithNext(p)]);
}

/** `w:keepNext` of a paragraph's own properties and of its tracked older properties (`w:pPrChange`). */
function keepNextValues(p: XmlElement): [string | null, string | null] {
  const pPr = child(p, 'w:pPr');
  const own = pPr && child(pPr, 'w:keepNext');
  const before = pPr && child(pPr, 'w:pPrChange');
  const old = before && child(child(before, 'w:pPr')!, 'w:keepNext');
  return [own ? (own.attrs['w:val'] ?? 'true') : null, old ? (old.attrs['w:val'] ?? 'true') : before ? 'none' : null];
}

describe('the tracked-changes .docx keeps with the next paragraph exactly what each draft’s own export keeps', () => {
  const { older, newer } = trackedDrafts();
  const stored = (blocks: BlockJson[], number: number) => ({ stored: { blocks, numbering: null }, label: `DỰ THẢO LẦN ${number}` });
  const tracked = exportComparisonJob({ older: stored(older, 3), newer: stored(newer, 4), fileName: 'x.docx', title: 'T', author: 'Tiểu ban Văn kiện', date: '2025-09-20T00:00:00Z' });
  const trackedBody = documentBody(unzipDocx(tracked.bytes));
  const ownExport = (blocks: BlockJson[], number: number) => documentBody(unzipDocx(exportDraftJob({ blocks, numbering: null, number, title: 'T', format: 'docx' }).bytes));

  it('releases the run-in points of the city report, as the plain export does (a chain of them left page 1 two-thirds full)', () => {
    const released = headingsAfter(trackedBody, 'accept').filter(([, kept]) => !kept).map(([text]) => text.split(':')[0]);
    expect(released).toEqual(expect.arrayContaining(['1. Công tác chuẩn bị Đại hội', '2. Điểm nổi bật của Đại hội']));
  });

  it('gives every heading its newer export’s keep-with-next on accept', () => {
    const expected = headingsAfter(ownExport(newer, 4), 'asIs');
    expect(expected.filter(([, kept]) => !kept).length).toBeGreaterThan(5);
    expect(headingsAfter(trackedBody, 'accept')).toEqual(expected);
  });

  it('tracks a heading that starts or stops running in as a change of its paragraph properties', () => {
    const rows = [
      paired('modified', [eq('Công tác chuẩn bị'), ins(': Được triển khai nghiêm túc')], '1', '1', 'heading'),
      paired('modified', [eq('Công tác tổ chức'), del(': Được triển khai khẩn trương')], '2', '2', 'heading'),
      inserted('Nhân sự: Được chuẩn bị kỹ', '3', 'heading'),
      inserted('Các chỉ tiêu chủ yếu', '4', 'heading'),
      equal('Một đoạn văn.'),
    ];
    const body = documentBody(unzipDocx(exportComparisonDocx(rows, { author: 'A', date: '2025-09-15T00:00:00Z' })));
    const paragraphs = elements(body, 'w:p').filter((p) => textOf(p) !== '');
    // [own w:keepNext, the older one's]: "0" released, null the style's (kept), "none" a pPrChange without one.
    expect(paragraphs.map(keepNextValues)).toEqual([
      ['0', 'none'],
      [null, '0'],
      ['0', null],
      [null, null],
      [null, null],
    ]);
  });
});
