import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { encodeTcvn3, encodeTcvn3Capitals, encodeVni, importFile } from '../../../shared/import/index.ts';
import { buildDocx, p, type DocxSpec } from '../../fixtures/buildDocx.ts';
import { checkedDoc, typeCounts } from './docText.ts';

const importSpec = (spec: DocxSpec) => importFile(buildDocx(spec), 'báo cáo.docx');
const texts = (spec: DocxSpec) => checkedDoc(importSpec(spec)).content.content.map((n) => n.textContent);

describe('readDocx: text and marks', () => {
  it('reads runs with bold, italic and underline, tabs and line breaks', () => {
    const result = importSpec({
      body: [p({ text: 'Đậm', bold: true }, ' thường ', { text: 'nghiêng', italic: true }, { text: 'gạch', underline: true }, '\tTab\nDòng 2')],
    });
    checkedDoc(result);
    expect(result.doc.content[0].content).toEqual([
      { type: 'text', text: 'Đậm', marks: [{ type: 'strong' }] },
      { type: 'text', text: ' thường ' },
      { type: 'text', text: 'nghiêng', marks: [{ type: 'em' }] },
      { type: 'text', text: 'gạch', marks: [{ type: 'underline' }] },
      { type: 'text', text: '\tTab' },
      { type: 'hard_break' },
      { type: 'text', text: 'Dòng 2' },
    ]);
  });

  it('recognises typed labels exactly as in text', () => {
    const result = importSpec({ body: [p('I. KẾT QUẢ'), p('1.1. Tăng trưởng'), p('(7) 100% đơn thư'), p('Một là, tăng cường'), p('- Ý kiến')] });
    expect(typeCounts(result)).toEqual({ section: 1, heading2: 1, target: 1, ordinal: 1, bullet: 1 });
    expect(result.labels).toEqual(['I.', '1.1.', '(7)', 'Một là,', '-']);
  });

  it('drops empty paragraphs used as spacing', () => {
    expect(texts({ body: [p('A'), p(), p(' '), p('B')] })).toEqual(['A', 'B']);
  });
});

describe('readDocx: legacy fonts', () => {
  const sentence = 'Đại hội đại biểu Đảng bộ thành phố lần thứ I, nhiệm kỳ 2025 – 2030';

  it('converts .VnTime, .VnTimeH and VNI-Times runs by font name, each run on its own', () => {
    const result = importSpec({
      body: [
        p({ text: encodeTcvn3(sentence), font: '.VnTime' }),
        p({ text: encodeTcvn3Capitals('báo cáo chính trị'), font: '.VnTimeH' }),
        p({ text: encodeVni('Ủy ban Kiểm tra '), font: 'VNI-Times' }, { text: 'Thành ủy', font: 'Times New Roman' }),
      ],
    });
    expect(checkedDoc(result).content.content.map((n) => n.textContent)).toEqual([sentence, 'BÁO CÁO CHÍNH TRỊ', 'Ủy ban Kiểm tra Thành ủy']);
    expect(result.warnings).toEqual([expect.objectContaining({ code: 'legacy_font_converted', message: expect.stringContaining('.VnTime') })]);
  });

  it('reads w:softHyphen in a TCVN3 run as byte 0xAD, "ư" ("Ư" in a capital font), as an office suite writes it', () => {
    // "Được thông qua tại Hải Dương" and "TRƯỜNG", with every 0xAD written as <w:softHyphen/>.
    const soft = '<w:softHyphen/>';
    const result = importSpec({
      body: [
        p({ text: encodeTcvn3('Đ'), font: '.VnTime', xml: `${soft}<w:t>${encodeTcvn3('ợc thông qua tại Hải D')}</w:t>${soft}<w:t>${encodeTcvn3('ơng')}</w:t>` }),
        p({ text: 'tr', font: '.VnTimeH', xml: `${soft}<w:t>${encodeTcvn3('ờng')}</w:t>` }),
      ],
    });
    expect(checkedDoc(result).content.content.map((n) => n.textContent)).toEqual(['Được thông qua tại Hải Dương', 'TRƯỜNG']);
  });

  it('reads w:noBreakHyphen and w:sym in a legacy run as the bytes they stand for, a w:sym in its own legacy font by that font', () => {
    const result = importSpec({
      body: [
        p({ text: encodeTcvn3('Nghị quyết 01'), font: '.VnTime', xml: `<w:noBreakHyphen/><w:t>NQ/TU, Ban Th</w:t><w:sym w:font=".VnTime" w:char="F0AD"/><w:t>${encodeTcvn3('ờng vụ')}</w:t>` }),
        p({ text: 'Vi', font: 'Times New Roman', xml: `<w:sym w:font=".VnTime" w:char="00${encodeTcvn3('ệ').charCodeAt(0).toString(16).toUpperCase()}"/><w:t>t Nam</w:t>` }),
      ],
    });
    expect(checkedDoc(result).content.content.map((n) => n.textContent)).toEqual(['Nghị quyết 01-NQ/TU, Ban Thường vụ', 'Việt Nam']);
  });

  it('drops a soft hyphen in a Unicode run (it only marks where a line may break) and keeps a w:sym that is a Unicode character', () => {
    const result = importSpec({
      body: [p({ text: 'phát', xml: '<w:softHyphen/><w:t>triển</w:t>' }), p({ text: '2025 ', xml: '<w:sym w:font="Times New Roman" w:char="2013"/><w:t> 2030</w:t><w:sym w:font="Wingdings" w:char="F0E0"/>' })],
    });
    expect(checkedDoc(result).content.content.map((n) => n.textContent)).toEqual(['pháttriển', '2025 – 2030']);
  });

  it('converts text whose legacy font comes from the Normal style', () => {
    expect(texts({ normalFont: '.VnTime', body: [p(encodeTcvn3('Nghị quyết Đại hội'))] })).toEqual(['Nghị quyết Đại hội']);
  });

  it('leaves Unicode text alone', () => {
    const result = importSpec({ body: [p('µ¶ là chữ Unicode')] });
    expect(result.doc.content[0].content?.[0].text).toBe('µ¶ là chữ Unicode');
    expect(result.warnings).toEqual([]);
  });
});

describe('readDocx: tables and footnotes', () => {
  it('reads a table with a column span and a vertical merge', () => {
    const cell = (text: string, extra: object = {}) => ({ paras: [p(text)], ...extra });
    const result = importSpec({
      body: [
        p('Bảng 1'),
        {
          rows: [
            [cell('Chỉ tiêu', { vMerge: 'restart' }), cell('Kết quả', { gridSpan: 2 })],
            [{ paras: [], vMerge: 'continue' }, cell('2020'), cell('2025')],
            [cell('GRDP'), cell('8%'), cell('13%')],
          ],
        },
      ],
    });
    const doc = checkedDoc(result);
    const table = doc.child(1);
    expect(table.type.name).toBe('table');
    expect(table.child(0).child(0).attrs).toMatchObject({ rowspan: 2, colspan: 1 });
    expect(table.child(0).child(1).attrs).toMatchObject({ colspan: 2 });
    expect(table.child(1).childCount).toBe(2);
    expect(table.textContent).toBe('Chỉ tiêuKết quả20202025GRDP8%13%');
    // Cell paragraphs carry ids too.
    expect(table.child(2).child(0).child(0).attrs.id).toMatch(/^b\d+$/);
  });

  it('reads footnotes as footnote blocks after the body, referenced by a numbered marker', () => {
    const result = importSpec({
      body: [p('Theo Nghị quyết', { text: '', footnote: 5 }, ' của Đại hội.'), p('Đoạn sau', { text: '', footnote: 2 })],
      footnotes: [
        { id: 2, text: 'Ghi chú hai.' },
        { id: 5, text: encodeTcvn3('Nghị quyết số 01-NQ/TU.'), font: '.VnTime' },
        { id: 9, text: 'Không được tham chiếu.' },
      ],
    });
    const doc = checkedDoc(result);
    const types = doc.content.content.map((n) => n.type.name);
    expect(types).toEqual(['paragraph', 'paragraph', 'footnote', 'footnote', 'footnote']);
    const notes = doc.content.content.slice(2);
    expect(notes.map((n) => n.textContent)).toEqual(['Nghị quyết số 01-NQ/TU.', 'Ghi chú hai.', 'Không được tham chiếu.']);
    const marker = result.doc.content[0].content?.[1];
    expect(marker).toEqual({ type: 'text', text: '1', marks: [{ type: 'footnote_ref', attrs: { note: notes[0].attrs.id } }] });
    expect(result.doc.content[1].content?.[1]).toMatchObject({ text: '2', marks: [{ attrs: { note: notes[1].attrs.id } }] });
  });
});

describe('readDocx: Word numbering and styles', () => {
  it('takes the block type from numbering.xml when the label is not in the text', () => {
    const result = importSpec({
      numbering: [
        {
          numId: 1,
          levels: [
            { format: 'upperRoman', text: '%1.' },
            { format: 'decimal', text: '%2.' },
            { format: 'decimal', text: '%2.%3.' },
            { format: 'lowerLetter', text: '%4)' },
            { format: 'decimal', text: '(%5)' },
            { format: 'bullet', text: '-' },
            { format: 'decimal', text: 'Điều %7.' },
          ],
        },
      ],
      body: [0, 1, 2, 3, 4, 5, 6].map((ilvl) => ({ runs: [`Mức ${ilvl}`], num: { numId: 1, ilvl } })),
    });
    checkedDoc(result);
    expect(result.doc.content.map((n) => [n.type, n.attrs?.level ?? null])).toEqual([
      ['section', null],
      ['heading', 1],
      ['heading', 2],
      ['heading', 4],
      ['target', null],
      ['bullet', null],
      ['paragraph', null],
    ]);
    expect(result.labels.every((l) => l === null)).toBe(true);
    // The numbers Word prints, counted level by level; one in a format of none of our labels stays text.
    expect(result.sourceNumbers).toEqual(['I.', '1.', '1.1.', 'a)', '(1)', '-', null]);
    expect(checkedDoc(result).lastChild?.textContent).toBe('Điều 1. Mức 6');
  });

  it('makes a Word-bulleted list under "Nơi nhận:" the recipients block, each line with its dash', () => {
    const bullet = (text: string) => ({ runs: [text], num: { numId: 2, ilvl: 0 } });
    const result = importSpec({
      numbering: [{ numId: 2, levels: [{ format: 'bullet', text: '\uF0B7' }] }],
      body: [p('Đoạn kết luận.'), p({ text: 'Nơi nhận:', bold: true }), bullet('Ban Thường vụ Thành ủy;'), bullet('Lưu VP.'), p('T/M BAN CHẤP HÀNH'), p('BÍ THƯ')],
    });
    expect(checkedDoc(result).content.content.map((n) => [n.type.name, n.textContent])).toEqual([
      ['paragraph', 'Đoạn kết luận.'],
      ['recipients', '- Ban Thường vụ Thành ủy;- Lưu VP.'],
      ['signature', 'T/M BAN CHẤP HÀNHBÍ THƯ'],
    ]);
  });

  it('reads "heading n" paragraph styles as heading levels', () => {
    const result = importSpec({ styles: { Heading2: 'heading 2' }, body: [{ runs: ['Bối cảnh'], style: 'Heading2' }] });
    expect(result.doc.content[0]).toMatchObject({ type: 'heading', attrs: { level: 2 } });
  });
});

describe('readDocx: the header table', () => {
  it('reads the two-column header table into the header block', () => {
    const result = importSpec({
      body: [
        {
          rows: [
            [
              { paras: [p('ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG'), p('BAN CHẤP HÀNH'), p('*'), p('Số 01-BC/TU')] },
              { paras: [p('ĐẢNG CỘNG SẢN VIỆT NAM'), p({ text: 'Hải Phòng, ngày 15 tháng 9 năm 2025', italic: true })] },
            ],
          ],
        },
        p('BÁO CÁO'),
        p('kiểm điểm sự lãnh đạo, chỉ đạo của Ban Chấp hành'),
        p('-----'),
        p('I. KẾT QUẢ'),
      ],
    });
    const doc = checkedDoc(result);
    expect(doc.firstChild!.type.name).toBe('header');
    expect(doc.firstChild!.attrs).toMatchObject({
      issuingBody: 'ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG\nBAN CHẤP HÀNH',
      number: 'Số 01-BC/TU',
      place: 'Hải Phòng',
      docType: 'BÁO CÁO',
      title: 'kiểm điểm sự lãnh đạo, chỉ đạo của Ban Chấp hành',
    });
    expect(doc.child(1).type.name).toBe('section');
  });
});

describe('readDocx: packages that are not valid', () => {
  const zip = (files: Record<string, string>) => zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));

  it.each([
    ['a zip without word/document.xml', zip({ 'a.txt': 'x' })],
    ['a truncated zip', buildDocx({ body: [p('x')] }).slice(0, 60)],
    ['document.xml that is not XML', zip({ 'word/document.xml': '<w:document><w:body>' })],
    ['document.xml without a body', zip({ 'word/document.xml': '<w:document/>' })],
    ['bytes that are no zip at all', strToU8('plain text pretending to be a docx')],
  ])('refuses %s as file_malformed with a Vietnamese message', (_, bytes) => {
    expect(() => importFile(bytes, 'hỏng.docx')).toThrow(expect.objectContaining({ code: 'file_malformed', message: expect.stringContaining('“hỏng.docx”') }));
  });
});

describe('readDocx: revisions, links and drawings', () => {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const docx = (body: string) => zipSync({ 'word/document.xml': strToU8(`<w:document ${W}><w:body>${body}</w:body></w:document>`) });

  it('keeps inserted and hyperlinked text, skips deleted text and field instructions', () => {
    const result = importFile(
      docx(
        '<w:p><w:r><w:t>Giữ </w:t></w:r><w:ins><w:r><w:t>chèn </w:t></w:r></w:ins><w:del><w:r><w:delText>xoá </w:delText></w:r></w:del>' +
          '<w:hyperlink><w:r><w:t>liên kết</w:t></w:r></w:hyperlink><w:r><w:instrText> PAGE </w:instrText></w:r></w:p>',
      ),
      'r.docx',
    );
    expect(checkedDoc(result).textContent).toBe('Giữ chèn liên kết');
  });

  it('warns about a text box it does not import', () => {
    const result = importFile(
      docx('<w:p><w:r><w:t>Trước</w:t></w:r><w:r><w:drawing><w:txbxContent><w:p><w:r><w:t>Hộp chữ</w:t></w:r></w:p></w:txbxContent></w:drawing></w:r></w:p>'),
      'tb.docx',
    );
    expect(checkedDoc(result).textContent).toBe('Trước');
    expect(result.warnings).toEqual([expect.objectContaining({ code: 'content_skipped', message: expect.stringContaining('1 hình vẽ') })]);
  });
});
