import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { importFile, type ImportResult } from '../../shared/import/index.ts';
import { tcvn3Docx } from '../fixtures/tcvn3Docx.ts';
import { officeConvert } from '../helpers/officeConvert.ts';
import { CORPUS_FILES, corpus } from '../unit/import/corpus.ts';
import { exportedText, nonSpace, typeCounts } from '../unit/import/docText.ts';

/**
 * "Nothing dropped" on .docx files a real office suite wrote: LibreOffice's .docx of each corpus
 * text, of our TCVN3 .docx of each corpus text (LibreOffice writes TCVN3 "ư", byte 0xAD, as
 * w:softHyphen), and of HTML with automatic lists under "Nơi nhận:". Converted once, up front.
 */
const SYMBOLS = 'Ghi chú: **quan trọng** và __gạch__\n# không phải đề mục\nTăng 5% * 2 lần.\n';
const RECIPIENTS = (list: 'ul' | 'ol') =>
  '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>' +
  '<p>Đại hội kêu gọi toàn thể cán bộ, đảng viên thực hiện thắng lợi Nghị quyết.</p><p>Nơi nhận:</p>' +
  `<${list}><li>Ban Thường vụ Thành ủy;</li><li>Các đảng bộ trực thuộc;</li><li>Lưu VP.</li></${list}>` +
  '<p>T/M BAN CHẤP HÀNH</p><p>BÍ THƯ</p><p>Lê Tiến Châu</p></body></html>';

const tcvnName = (file: string) => `tcvn3-${file.replace('.txt', '.docx')}`;
let converted: Map<string, Uint8Array>;

beforeAll(async () => {
  converted = await officeConvert(
    [
      ...CORPUS_FILES.map((file) => ({ name: file, content: corpus(file) })),
      ...CORPUS_FILES.map((file) => ({ name: tcvnName(file), content: tcvn3Docx(corpus(file)) })),
      { name: 'ky-hieu.txt', content: SYMBOLS },
      { name: 'noi-nhan-ul.html', content: RECIPIENTS('ul') },
      { name: 'noi-nhan-ol.html', content: RECIPIENTS('ol') },
    ],
    'docx',
  );
}, 180_000);

const office = (name: string) => importFile(converted.get(name)!, name.replace(/\.\w+$/u, '.docx'));
const documentXml = (name: string) => strFromU8(unzipSync(converted.get(name)!)['word/document.xml']);
const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length;
const bodyText = (result: ImportResult) => result.doc.content.map((n) => (n.content ?? []).map((c) => c.text ?? '\n').join('')).join('\n');

describe('LibreOffice’s .docx of a text', () => {
  it.each(CORPUS_FILES)('imports %s to the same characters and blocks as the .txt', (file) => {
    const fromText = importFile(new TextEncoder().encode(corpus(file)), file);
    const fromOffice = office(file);
    expect(nonSpace(exportedText(fromOffice))).toBe(nonSpace(corpus(file)));
    expect(nonSpace(exportedText(fromOffice))).toBe(nonSpace(exportedText(fromText)));
    expect(typeCounts(fromOffice)).toEqual(typeCounts(fromText));
  });

  it('keeps "**", "__" and "#" as typed, as the .txt import does', () => {
    const fromOffice = office('ky-hieu.txt');
    expect(bodyText(fromOffice)).toBe(bodyText(importFile(new TextEncoder().encode(SYMBOLS), 'ky-hieu.txt')));
    expect(bodyText(fromOffice)).toContain('**quan trọng** và __gạch__');
  });
});

describe('LibreOffice’s .docx of a TCVN3 document', () => {
  it.each(CORPUS_FILES)('holds every "ư" of %s as w:softHyphen, and the import reads them all', (file) => {
    const xml = documentXml(tcvnName(file));
    const source = corpus(file);
    // Every "ư" is byte 0xAD, in the normal font and (as "Ư") in the capital font.
    expect(count(xml, /<w:softHyphen\/>/gu)).toBeGreaterThan(0);
    const result = office(tcvnName(file));
    expect(count(bodyText(result), /ư/gu)).toBe(count(source, /ư/gu));
    expect(count(bodyText(result), /Ư/gu)).toBe(count(source, /Ư/gu));
    expect(nonSpace(exportedText(result))).toBe(nonSpace(source));
    expect(result.warnings.map((w) => w.code)).toContain('legacy_font_converted');
  });
});

describe('LibreOffice’s automatic lists under "Nơi nhận:"', () => {
  it.each([
    ['bulleted', 'noi-nhan-ul.html', ['- Ban Thường vụ Thành ủy;', '- Các đảng bộ trực thuộc;', '- Lưu VP.']],
    ['numbered', 'noi-nhan-ol.html', ['1. Ban Thường vụ Thành ủy;', '2. Các đảng bộ trực thuộc;', '3. Lưu VP.']],
  ])('makes a %s list the recipients block, each line with the label it prints', (_kind, name, lines) => {
    const result = office(name);
    expect(result.doc.content.map((n) => n.type)).toEqual(['paragraph', 'recipients', 'signature']);
    const recipients = result.doc.content[1];
    expect((recipients.content ?? []).map((c) => c.text ?? '\n').join('').split('\n')).toEqual(lines);
  });
});
