import { describe, expect, it } from 'vitest';
import { EMPTY_HEADER } from '../../../shared/document/header.ts';
import { schema } from '../../../shared/editor/schema.ts';
import { importedTitle } from '../../../shared/import/importedTitle.ts';

const paragraph = (text: string) => schema.nodes.paragraph.create({ id: `p${text.length}` }, text ? schema.text(text) : null);
const header = (docType: string, title: string) => schema.nodes.header.create({ ...EMPTY_HEADER, docType, title });
const doc = (...blocks: ReturnType<typeof paragraph>[]) => schema.nodes.doc.create(null, blocks);

describe('the title of an imported document', () => {
  it('is the header’s type and title when the file has a header', () => {
    const d = doc(header('BÁO CÁO CHÍNH TRỊ', 'của Ban Chấp hành Đảng bộ thành phố khoá XVI'), paragraph('THÔNG BÁO KHÁC'));
    expect(importedTitle(d, 'BCCT_DT3_final.docx')).toBe('BÁO CÁO CHÍNH TRỊ – của Ban Chấp hành Đảng bộ thành phố khoá XVI');
  });

  it('is the first line when it is a title in capitals (blank lines and an empty header skipped)', () => {
    const d = doc(header('', ''), paragraph(''), paragraph('THÔNG TIN   KẾT QUẢ'), paragraph('Đại hội đại biểu Đảng bộ phường Thủy Nguyên lần thứ I'));
    expect(importedTitle(d, 'ket-qua.txt')).toBe('THÔNG TIN KẾT QUẢ');
  });

  it('is the file’s name without extension when the first line is ordinary text', () => {
    expect(importedTitle(doc(paragraph('Đại hội đại biểu Đảng bộ thành phố Hải Phòng lần thứ I')), 'Dự thảo lần 3.docx')).toBe('Dự thảo lần 3');
  });

  it('is the file’s name when the first line in capitals is a whole paragraph, or has no letters', () => {
    expect(importedTitle(doc(paragraph('ĐẠI HỘI '.repeat(40))), 'bao-cao.md')).toBe('bao-cao');
    expect(importedTitle(doc(paragraph('2025 - 2030')), 'bao-cao.md')).toBe('bao-cao');
  });
});
