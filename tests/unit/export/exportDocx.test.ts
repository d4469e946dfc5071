import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../shared/export/exportDocx.ts';
import { child, descendants, elements, parseXml, type XmlElement } from './miniXml.ts';
import { documentBody, reviewedParagraphs, unzipDocx } from './docxKit.ts';
import { block, doc, em, footnote, header, HAI_PHONG_HEADER, ref, sampleReport, strong, table, underline } from './fixtures.ts';

const { doc: report, labels } = sampleReport();
const parts = unzipDocx(exportDocx(report, labels, { created: '2025-09-15T08:00:00Z' }));
const body = documentBody(parts);

const textOf = (el: XmlElement) => descendants(el, 'w:t').map((t) => t.children.join('')).join('');
const cellTexts = (tc: XmlElement) => elements(tc, 'w:p').map(textOf).filter(Boolean);

describe('exportDocx package', () => {
  it('contains every part a WordprocessingML package needs, each well-formed', () => {
    expect(Object.keys(parts).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/core.xml',
      'word/_rels/document.xml.rels',
      'word/document.xml',
      'word/footnotes.xml',
      'word/header1.xml',
      'word/header2.xml',
      'word/settings.xml',
      'word/styles.xml',
    ]);
    for (const [path, xml] of Object.entries(parts)) expect(() => parseXml(xml), path).not.toThrow();
  });

  it('declares a content type for every part and a relationship target for every word/ part', () => {
    for (const path of Object.keys(parts).filter((p) => !p.endsWith('.rels') && p !== '[Content_Types].xml')) {
      expect(parts['[Content_Types].xml']).toContain(`PartName="/${path}"`);
    }
    for (const path of Object.keys(parts).filter((p) => p.startsWith('word/') && p.endsWith('.xml') && p !== 'word/document.xml')) {
      expect(parts['word/_rels/document.xml.rels']).toContain(`Target="${path.slice(5)}"`);
    }
  });

  it('puts the title and creation time in docProps/core.xml', () => {
    const core = parseXml(parts['docProps/core.xml']);
    expect(child(core, 'dc:title')!.children.join('')).toBe(`BÁO CÁO CHÍNH TRỊ – ${HAI_PHONG_HEADER.title}`);
    expect(child(core, 'dcterms:created')!.children.join('')).toBe('2025-09-15T08:00:00Z');
  });

  it('gives the same bytes for the same document', () => {
    expect(exportDocx(report, labels)).toEqual(exportDocx(report, labels));
  });

  it('leaves out footnotes.xml when no footnote is referenced', () => {
    const plain = unzipDocx(exportDocx(doc(block('paragraph', 'Một đoạn.')), [null]));
    expect(plain['word/footnotes.xml']).toBeUndefined();
    expect(plain['[Content_Types].xml']).not.toContain('footnotes');
  });
});

describe('exportDocx header (36-HD two-column table)', () => {
  const table = elements(body, 'w:tbl')[0];
  const rows = elements(table, 'w:tr').map((tr) => elements(tr, 'w:tc'));

  it('is the first thing in the body, a table without borders captioned for importers', () => {
    expect(typeof body.children[0] !== 'string' && body.children[0].name).toBe('w:tbl');
    const borders = child(child(table, 'w:tblPr')!, 'w:tblBorders')!;
    expect(elements(borders, 'w:top').concat(elements(borders, 'w:insideV')).map((b) => b.attrs['w:val'])).toEqual(['nil', 'nil']);
    expect(child(child(table, 'w:tblPr')!, 'w:tblCaption')!.attrs['w:val']).toBe('vankien:header');
  });

  it.each([
    ['row 1, right: the draft label', 0, 1, ['DỰ THẢO LẦN 3']],
    ['row 2, left: issuing body and its asterisk', 1, 0, ['ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG', 'BAN CHẤP HÀNH', '*']],
    ['row 2, right: the Party heading', 1, 1, ['ĐẢNG CỘNG SẢN VIỆT NAM']],
    ['row 3, left: number and symbol', 2, 0, ['Số 125-BC/TU']],
    ['row 3, right: place and date', 2, 1, ['Hải Phòng, ngày 15 tháng 9 năm 2025']],
  ])('%s', (_name, row, col, expected) => {
    expect(cellTexts(rows[row][col])).toEqual(expected);
  });

  it('sets the Party heading bold with a rule under it, and the place and date in italics', () => {
    const [heading, rule] = elements(rows[1][1], 'w:p');
    expect(descendants(heading, 'w:b')).toHaveLength(1);
    expect(descendants(rule, 'w:bottom')[0].attrs['w:val']).toBe('single');
    expect(descendants(rows[2][1], 'w:i')).toHaveLength(1);
    expect(descendants(elements(rows[1][0], 'w:p')[1], 'w:b')).toHaveLength(1); // the issuing body itself
  });

  it('has no draft row when the document is not a draft', () => {
    const plain = documentBody(unzipDocx(exportDocx(doc(header({ ...HAI_PHONG_HEADER, draftLabel: '' }), block('paragraph', 'x')), [null, null])));
    expect(elements(elements(plain, 'w:tbl')[0], 'w:tr')).toHaveLength(2);
  });

  it('follows the table with the document type, and the title with its dashes', () => {
    const after = reviewedParagraphs(body, 'asIs').slice(0, 3);
    expect(after).toEqual(['BÁO CÁO CHÍNH TRỊ', HAI_PHONG_HEADER.title, '-----']);
    expect(child(child(elements(body, 'w:p')[0], 'w:pPr')!, 'w:pStyle')!.attrs['w:val']).toBe('VkDocType');
  });
});

describe('exportDocx body', () => {
  const paragraphs = reviewedParagraphs(body, 'asIs');

  it('starts every numbered block with its number as literal text', () => {
    expect(paragraphs.slice(3, 11)).toEqual([
      'Phần thứ nhất: KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI',
      'I. VỀ CÔNG TÁC CHUẨN BỊ VÀ CÁC ĐIỂM NỔI BẬT CỦA ĐẠI HỘI',
      '1. Kinh tế tăng trưởng nhanh',
      '1.1. Quy mô kinh tế',
      'a) Công nghiệp',
      'Quy mô kinh tế đứng thứ 3 cả nước; thu hút đầu tư dẫn đầu.',
      'Một là, đây là kỳ Đại hội đầu tiên sau hợp nhất thành phố Hải Phòng và tỉnh Hải Dương.',
      '(7) Tốc độ tăng trưởng GRDP bình quân đạt 13% trở lên.',
    ]);
    expect(paragraphs[11]).toBe('- Phát triển kinh tế biển & logistics <cảng> "xanh".');
  });

  it('escapes XML specials in Vietnamese text', () => {
    expect(parts['word/document.xml']).toContain('kinh tế biển &amp; logistics &lt;cảng&gt; &quot;xanh&quot;.');
  });

  it('turns strong, em and underline marks into bold, italic and underlined runs', () => {
    const runs = descendants(body, 'w:r').filter((r) => ['3', 'thu hút đầu tư', '13% trở lên'].includes(textOf(r)));
    expect(runs.map((r) => ['w:b', 'w:i', 'w:u'].filter((m) => descendants(r, m).length > 0))).toEqual([['w:b'], ['w:i'], ['w:u']]);
  });

  it('makes a referenced footnote a real Word footnote and not a body paragraph', () => {
    expect(descendants(body, 'w:footnoteReference').map((r) => r.attrs['w:id'])).toEqual(['1']);
    const notes = elements(parseXml(parts['word/footnotes.xml']), 'w:footnote');
    expect(notes.map((n) => [n.attrs['w:id'], textOf(n).trim()])).toEqual([
      ['-1', ''],
      ['0', ''],
      ['1', 'Theo số liệu của Cục Thống kê thành phố.'],
    ]);
    expect(paragraphs).not.toContain('Theo số liệu của Cục Thống kê thành phố.');
    expect(parts['word/settings.xml']).toContain('<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>');
  });

  it('keeps an unreferenced footnote and a dangling reference as text, losing nothing', () => {
    const d = doc(block('paragraph', 'Xem chú thích', ['*', ref('missing')]), footnote('lonely', 'Chú thích không ai trỏ tới.'));
    const p = reviewedParagraphs(documentBody(unzipDocx(exportDocx(d, [null, null]))), 'asIs');
    expect(p).toEqual(['Xem chú thích*', 'Chú thích không ai trỏ tới.']);
  });

  it('writes a content table with borders, one row per row and one cell per cell', () => {
    const table = elements(body, 'w:tbl')[1];
    expect(elements(body, 'w:tbl')).toHaveLength(2);
    expect(elements(table, 'w:tr').map((tr) => elements(tr, 'w:tc').map(textOf))).toEqual([
      ['Chỉ tiêu', 'Năm 2025'],
      ['GRDP (nghìn tỷ đồng)', ''],
    ]);
    expect(descendants(child(table, 'w:tblPr')!, 'w:top')[0].attrs['w:val']).toBe('single');
  });

  it('sets recipients (a frame on the left) beside the signature (a frame on the right), one paragraph each', () => {
    const ps = elements(body, 'w:p').slice(-3);
    const pPr = (p: XmlElement) => child(p, 'w:pPr');
    expect(ps.slice(0, 2).map((p) => child(pPr(p)!, 'w:pStyle')!.attrs['w:val'])).toEqual(['VkRecipients', 'VkSignature']);
    expect(ps.slice(0, 2).map((p) => child(pPr(p)!, 'w:framePr')!.attrs['w:xAlign'])).toEqual(['left', 'right']);
    expect(ps[2].children).toEqual([]); // the paragraph both frames anchor to
    expect(reviewedParagraphs(body, 'asIs').slice(-3)).toEqual([
      'Nơi nhận:\n- Ban Chấp hành Trung ương,\n- Lưu Văn phòng Thành ủy.',
      'T/M BAN CHẤP HÀNH\nBÍ THƯ\n\n\nLê Tiến Châu',
      '',
    ]);
    const heading = descendants(ps[0], 'w:r')[0];
    expect([descendants(heading, 'w:b').length, descendants(heading, 'w:sz')[0].attrs['w:val']]).toEqual([1, '24']);
  });

  it('prints the "Nơi nhận:" heading for a recipients block whose text lacks it (as imported)', () => {
    const d = doc(block('recipients', '- Như trên,', '\n', '- Lưu VP.'));
    const b = documentBody(unzipDocx(exportDocx(d, ['Nơi nhận:'])));
    expect(reviewedParagraphs(b, 'asIs')).toEqual(['Nơi nhận:\n- Như trên,\n- Lưu VP.']);
    const heading = descendants(b, 'w:r')[0];
    expect([textOf(heading), descendants(heading, 'w:i').length]).toEqual(['Nơi nhận:', 1]);
  });

  it('keeps block order when the signature comes before the recipients, still signature right', () => {
    const d = doc(block('signature', 'T/M BAN THƯỜNG VỤ'), block('recipients', 'Nơi nhận:'));
    const ps = elements(documentBody(unzipDocx(exportDocx(d, [null, null]))), 'w:p');
    expect(ps.slice(0, 2).map((p) => child(child(p, 'w:pPr')!, 'w:framePr')!.attrs['w:xAlign'])).toEqual(['right', 'left']);
  });

  it('indents a lone signature to the right half', () => {
    const ps = elements(documentBody(unzipDocx(exportDocx(doc(block('signature', 'T/M BAN THƯỜNG VỤ')), [null]))), 'w:p');
    expect(Number(child(child(ps[0], 'w:pPr')!, 'w:ind')!.attrs['w:left'])).toBeGreaterThan(4000);
  });

  it('drops characters XML 1.0 forbids instead of writing an unreadable file', () => {
    const d = doc(block('paragraph', 'Ký tự\u0001 lạ\u000b và\uFFFF hết.'));
    const xml = unzipDocx(exportDocx(d, [null]))['word/document.xml'];
    expect(() => parseXml(xml)).not.toThrow();
    expect(xml).toContain('Ký tự lạ và hết.');
  });

  it('exports a document without a header and ending in a table, ending the body with a paragraph', () => {
    const d = doc(block('paragraph', 'Bảng:'), table([['Ô duy nhất']]));
    const b = documentBody(unzipDocx(exportDocx(d, [null, null])));
    const names = b.children.filter((c): c is XmlElement => typeof c !== 'string').map((c) => c.name);
    expect(names).toEqual(['w:p', 'w:tbl', 'w:p', 'w:sectPr']);
  });
});

describe('exportDocx marks on every kind of text', () => {
  it('keeps marks inside numbered blocks after the number', () => {
    const d = doc(block('target', 'Đạt ', ['100%', strong, em, underline], ' kế hoạch'));
    const b = documentBody(unzipDocx(exportDocx(d, ['(1)'])));
    expect(reviewedParagraphs(b, 'asIs')).toEqual(['(1) Đạt 100% kế hoạch']);
    const marked = descendants(b, 'w:r').find((r) => textOf(r) === '100%')!;
    expect(['w:b', 'w:i', 'w:u'].every((m) => descendants(marked, m).length === 1)).toBe(true);
  });
});
