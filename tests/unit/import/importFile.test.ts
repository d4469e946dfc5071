import { describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import { importFile, MAX_IMPORT_BYTES, encodeTcvn3Capitals } from '../../../shared/import/index.ts';
import { isAppError } from '../../../shared/errors.ts';
import { importText, isTextFileName } from '../../../shared/import/importText.ts';
import { buildDocx, oleFile, p } from '../../fixtures/buildDocx.ts';
import { CORPUS_FILES, corpus } from './corpus.ts';
import { checkedDoc, exportedText, nonSpace } from './docText.ts';

function utf16le(text: string, bom: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 2 + (bom ? 2 : 0));
  if (bom) out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    out[(bom ? 2 : 0) + 2 * i] = text.charCodeAt(i) & 0xff;
    out[(bom ? 2 : 0) + 2 * i + 1] = text.charCodeAt(i) >> 8;
  }
  return out;
}

/** "Việt Nam" in Windows-1258: ê is 0xEA and the dot below a combining byte 0xF2. */
const WINDOWS_1258 = new Uint8Array([0x56, 0x69, 0xea, 0xf2, 0x74, 0x20, 0x4e, 0x61, 0x6d]);

describe('importFile refuses bad input with a stable code and a Vietnamese message', () => {
  it.each([
    ['an empty file', new Uint8Array(0), 'trống.docx', 'file_empty'],
    ['a text file of blank lines', strToU8('\n \n'), 'trống.txt', 'file_empty'],
    ['an old binary .doc', oleFile(['Root Entry', 'WordDocument', '1Table']), 'cũ.doc', 'file_legacy_doc'],
    ['an old .doc renamed .docx', oleFile(['WordDocument']), 'đổi tên.docx', 'file_legacy_doc'],
    ['a password-protected .docx', oleFile(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']), 'mật.docx', 'file_encrypted'],
    ['a Windows-1258 text file', WINDOWS_1258, 'cp1258.txt', 'file_not_utf8'],
    ['UTF-16 without a byte-order mark', utf16le('Việt Nam', false), 'utf16.txt', 'file_not_utf8'],
    ['a PDF', strToU8('%PDF-1.7 …'), 'báo cáo.pdf', 'file_unsupported'],
    ['a file over 50 MB', new Uint8Array(MAX_IMPORT_BYTES + 1), 'lớn.docx', 'file_too_large'],
  ])('%s', (_, bytes, name, code) => {
    let error: unknown;
    try {
      importFile(bytes, name);
    } catch (e) {
      error = e;
    }
    expect(isAppError(error)).toBe(true);
    expect(error).toMatchObject({ code });
    const message = (error as Error).message;
    expect(message).toContain(`“${name}”`);
    expect(message).toMatch(/Hãy /u); // says what to do
  });
});

describe('importFile reads text files', () => {
  it('decodes UTF-8 with and without a byte-order mark, and UTF-16 with one', () => {
    const text = 'I. KẾT QUẢ\nViệt Nam';
    for (const bytes of [strToU8(text), new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8(text)]), utf16le(text, true)]) {
      const doc = checkedDoc(importFile(bytes, 'a.txt'));
      expect(doc.content.content.map((n) => n.textContent)).toEqual(['KẾT QUẢ', 'Việt Nam']);
    }
  });

  it('reads italics only in markdown files', () => {
    expect(importFile(strToU8('a *b* c'), 'x.md').doc.content[0].content).toHaveLength(3);
    expect(importFile(strToU8('a *b* c'), 'x.txt').doc.content[0].content).toHaveLength(1);
  });

  it('reads a file as text or Markdown by one rule in importFile and importText (the command line reads .txt/.md with importText)', () => {
    for (const name of ['x.md', 'x.markdown', 'x.txt', 'x.text']) {
      expect(isTextFileName(name)).toBe(true);
      expect(importText(strToU8('a *b* c'), name)).toEqual(importFile(strToU8('a *b* c'), name));
    }
    expect(importText(strToU8('a *b* c'), 'x.markdown').doc.content[0].content).toHaveLength(3);
    expect(isTextFileName('x.docx')).toBe(false);
  });

  it('reads a .docx by its bytes even when it is named otherwise', () => {
    const result = importFile(buildDocx({ body: [p('Một là, đoàn kết')] }), 'không đuôi');
    expect(result.doc.content[0].type).toBe('ordinal');
  });
});

describe('importFile on the corpus as .docx', () => {
  it.each(CORPUS_FILES)('drops no character of %s put one line per paragraph into a .docx', (file) => {
    const source = corpus(file);
    const bytes = buildDocx({ body: source.split('\n').map((line) => p(line)) });
    const result = importFile(bytes, file.replace('.txt', '.docx'));
    expect(nonSpace(exportedText(result))).toBe(nonSpace(source));
  });

  it('converts a whole .VnTimeH title line', () => {
    const result = importFile(buildDocx({ body: [p({ text: encodeTcvn3Capitals('thông báo nhanh kết quả đại hội'), font: '.VnTimeH' })] }), 't.docx');
    expect(result.doc.content[0].content?.[0].text).toBe('THÔNG BÁO NHANH KẾT QUẢ ĐẠI HỘI');
  });
});
