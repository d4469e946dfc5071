import { deflateSync, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { checkTextBounds } from '../../../shared/import/documentBounds.ts';
import { unzipParts } from '../../../shared/import/docx/unzipParts.ts';
import { importFile } from '../../../shared/import/index.ts';
import { IMPORT_LIMITS } from '../../../shared/import/limits.ts';
import { parseXml, XmlLimitError } from '../../../shared/import/xml.ts';
import { buildDocx, p } from '../../fixtures/buildDocx.ts';
import {
  claimsHugeSize,
  deflatedZeros,
  docxWithDocument,
  documentXml,
  hugePart,
  lyingZeroBomb,
  manyParts,
  nestedTables,
  repeatedXmlBomb,
  storedDocx,
  zeroBomb,
  zipRaw,
} from '../../fixtures/zipBombs.ts';

const SMALL = { partBytes: 64 * 1024, totalBytes: 96 * 1024, ratio: 20, ratioAfterBytes: 16 * 1024, entries: 50 };

/** The code of the AppError `run` throws (fails the test on any other outcome). */
function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  throw new Error('expected an AppError');
}

/** Text-like bytes that deflate about 2:1, so only the size limits can stop them. */
function noisyText(bytes: number): Uint8Array {
  const out = new Uint8Array(bytes);
  let seed = 7;
  for (let i = 0; i < bytes; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    out[i] = 97 + ((seed >>> 16) % 16);
  }
  return out;
}

describe('unzipParts counts what it inflates and never trusts the sizes a package declares', () => {
  it('stops a part at the part limit even when its directory entry claims 1 KB', () => {
    const zip = zipSync({ 'word/document.xml': [noisyText(80 * 1024), { level: 9 }] });
    expect(() => unzipParts(zip, ['word/document.xml'], 'a.docx', SMALL)).toThrow(/word\/document\.xml giải nén ra hơn/u);
    expect(codeOf(() => unzipParts(lyingZeroBomb(4), ['word/document.xml'], 'a.docx', SMALL))).toBe('file_expands_too_much');
  });

  it('refuses when the parts read together pass the total limit, though each is within its own', () => {
    const zip = zipSync({ 'word/document.xml': noisyText(60 * 1024), 'word/styles.xml': noisyText(60 * 1024) });
    expect(() => unzipParts(zip, ['word/document.xml', 'word/styles.xml'], 'a.docx', SMALL)).toThrow(/các phần cộng lại/u);
    expect(unzipParts(zip, ['word/document.xml'], 'a.docx', SMALL).get('word/document.xml')!.length).toBe(60 * 1024);
  });

  it('refuses a part that expands past the ratio once past the grace size, and lets a small repetitive part through', () => {
    const repetitive = (bytes: number) => zipSync({ 'word/styles.xml': [strToU8('<w:style/>'.repeat(bytes / 10)), { level: 9 }] });
    expect(unzipParts(repetitive(10_000), ['word/styles.xml'], 'a.docx', SMALL).get('word/styles.xml')!.length).toBe(10_000);
    expect(() => unzipParts(repetitive(40_000), ['word/styles.xml'], 'a.docx', SMALL)).toThrow(/nở ra hơn 20 lần/u);
  });

  it('counts stored parts against the part limit too', () => {
    const stored = zipRaw([{ name: 'word/document.xml', data: noisyText(70 * 1024), method: 0, declaredSize: 10 }]);
    expect(codeOf(() => unzipParts(stored, ['word/document.xml'], 'a.docx', SMALL))).toBe('file_expands_too_much');
  });

  it('never inflates parts it was not asked for, nor a second entry of the same name', () => {
    const bomb = deflatedZeros(64);
    const xml = strToU8('<ok/>');
    const zip = zipRaw([
      { name: 'word/media/image1.png', data: bomb, method: 8, declaredSize: 10 },
      { name: 'word/document.xml', data: xml, method: 0, declaredSize: xml.length },
      { name: 'word/document.xml', data: bomb, method: 8, declaredSize: 10 },
    ]);
    expect(new TextDecoder().decode(unzipParts(zip, ['word/document.xml'], 'a.docx', SMALL).get('word/document.xml'))).toBe('<ok/>');
  });

  it('reads zip64 entries, whose sizes and offset stand in an extra field', () => {
    const xml = strToU8(documentXml('<w:p><w:r><w:t>Zip64</w:t></w:r></w:p>'));
    const zip = docxWithDocument(xml, 0, xml.length, true);
    expect(unzipParts(zip, ['word/document.xml'], 'a.docx', SMALL).get('word/document.xml')).toEqual(xml);
  });

  it('refuses a directory of more entries than the limit before reading any', () => {
    expect(codeOf(() => unzipParts(manyParts(51), ['word/document.xml'], 'a.docx', SMALL))).toBe('file_too_complex');
    expect(unzipParts(manyParts(50), ['word/document.xml'], 'a.docx', SMALL).has('word/document.xml')).toBe(true);
  });

  it('names a truncated or damaged stream as a damaged file', () => {
    const zip = docxWithDocument(deflateSync(noisyText(10_000)).subarray(0, 1000), 8, 10_000);
    expect(codeOf(() => unzipParts(zip, ['word/document.xml'], 'a.docx', SMALL))).toBe('file_malformed');
    expect(codeOf(() => unzipParts(strToU8('PK\u0003\u0004 not a zip at all'), ['word/document.xml'], 'a.docx', SMALL))).toBe('file_malformed');
  });
});

describe('importFile refuses packages past IMPORT_LIMITS before parsing them', () => {
  it.each([
    ['a 400 MB deflate of zeros (a 415 KB file)', () => zeroBomb(400), 'file_expands_too_much'],
    ['the same bomb with a directory that claims 1 KB', () => lyingZeroBomb(400), 'file_expands_too_much'],
    ['16 MB of one repeated paragraph, deflated', () => repeatedXmlBomb(16), 'file_expands_too_much'],
    ['one stored part a little over 32 MB', () => hugePart(33), 'file_expands_too_much'],
    ['10,001 parts', () => manyParts(IMPORT_LIMITS.entries + 1), 'file_too_complex'],
  ])('%s', (_name, make, code) => {
    const bytes = make();
    expect(bytes.length).toBeLessThanOrEqual(IMPORT_LIMITS.fileBytes);
    expect(codeOf(() => importFile(bytes, 'bom.docx'))).toBe(code);
  });

  it('says which limit was passed and what the limits are', () => {
    expect(() => importFile(zeroBomb(400), 'bom.docx')).toThrow(
      'Tệp “bom.docx” giải nén ra quá lớn (word/document.xml nở ra hơn 100 lần so với dữ liệu nén; giới hạn: mỗi phần 32 MB, tổng 48 MB, nở ra không quá 100 lần)',
    );
  });

  it('reads a small package whose directory claims almost 4 GB, without allocating it', () => {
    expect(importFile(claimsHugeSize(), 'nho.docx').doc.content).toHaveLength(1);
  });

  it('imports a package of 9,999 parts', () => {
    expect(importFile(manyParts(IMPORT_LIMITS.entries - 1), 'nhieu.docx').doc.content).toHaveLength(1);
  });
});

describe('nesting is limited before recursion can overflow the stack', () => {
  it.each([5_000, 100_000])('refuses %i nested tables with file_too_complex', (depth) => {
    expect(() => importFile(nestedTables(depth), 'long.docx')).toThrow('lồng sâu quá 256 tầng');
  });

  it('flattens 32 nested tables and refuses 33', () => {
    const doc = importFile(nestedTables(IMPORT_LIMITS.tableDepth), 'long.docx').doc;
    expect(JSON.stringify(doc)).toContain('lõi');
    expect(() => importFile(nestedTables(IMPORT_LIMITS.tableDepth + 1), 'long.docx')).toThrow('bảng lồng trong bảng quá 32 tầng');
  });

  it('stops parsing XML deeper than its budget, and past its element budget', () => {
    expect(() => parseXml('<a><b><c><d/></c></b></a>', { maxDepth: 3, elementsLeft: 100 })).toThrow(XmlLimitError);
    expect(parseXml('<a><b><c/></b></a>', { maxDepth: 3, elementsLeft: 100 }).name).toBe('a');
    const budget = { maxDepth: 10, elementsLeft: 3 };
    expect(() => parseXml('<a><b/><c/><d/></a>', budget)).toThrow(/elements/u);
  });

  it('refuses parts that hold more than 2,000,000 XML elements together', () => {
    expect(() => importFile(storedDocx('<w:x/>'.repeat(IMPORT_LIMITS.xmlElements)), 'nhieu.docx')).toThrow('các phần có hơn 2.000.000 phần tử XML');
  });

  it('ignores list levels Word does not have (ilvl outside 0–8)', () => {
    const bytes = buildDocx({
      body: [{ ...p('Một đoạn'), num: { numId: 1, ilvl: 0 } }],
      numbering: [{ numId: 1, levels: [{ format: 'decimal', text: '%1.' }] }],
    });
    expect(importFile(bytes, 'ds.docx').doc.content[0].type).toBe('heading');
  });
});

describe('an import that passes the package limits still cannot make a huge document', () => {
  it.each([
    ['30,001 blocks', () => storedDocx('<w:p><w:r><w:t>Đoạn văn.</w:t></w:r></w:p>'.repeat(IMPORT_LIMITS.blocks + 1)), '30.001 khối'],
    ['3,000,001 characters', () => storedDocx(`<w:p><w:r><w:t>${'a'.repeat(IMPORT_LIMITS.characters + 1)}</w:t></w:r></w:p>`), '3.000.001 ký tự'],
    ['a table of 150,001 empty cells', () => storedDocx(`<w:tbl><w:tr>${'<w:tc><w:p/></w:tc>'.repeat(150_001)}</w:tr></w:tbl>`), 'đoạn, ô bảng và mẩu chữ'],
  ])('refuses %s with document_too_large', (_name, make, why) => {
    expect(() => importFile(make(), 'lon.docx')).toThrow(why);
    expect(codeOf(() => importFile(make(), 'lon.docx'))).toBe('document_too_large');
  });

  it('refuses a text file of more than 3,000,000 visible characters before recognising it', () => {
    const text = strToU8(`${'Chữ '.repeat(IMPORT_LIMITS.characters / 3)}thêm\n`);
    expect(codeOf(() => importFile(text, 'lon.txt'))).toBe('document_too_large');
  });

  it('counts only visible characters against the limit, counting at all only when the text is longer than it', () => {
    const limits = { blocks: 10, nodes: 10, characters: 3 };
    expect(() => checkTextBounds('a b\n\tc', 'x.txt', limits)).not.toThrow(); // 6 characters, 3 visible
    expect(() => checkTextBounds('abc', 'x.txt', limits)).not.toThrow();
    expect(() => checkTextBounds('ab cd', 'x.txt', limits)).toThrow('4 ký tự không kể dấu cách');
  });

  it('joins a paragraph of 30,000 printed lines in linear time (it took 55 s)', () => {
    const line = '<w:p><w:r><w:t>dòng chữ in ra từ tệp PDF</w:t></w:r></w:p>';
    const bytes = storedDocx(line.repeat(30_000));
    const start = performance.now();
    const doc = importFile(bytes, 'pdf.docx').doc;
    expect(doc.content).toHaveLength(1);
    expect(performance.now() - start).toBeLessThan(5_000);
  });
});
