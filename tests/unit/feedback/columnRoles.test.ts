import { describe, expect, it } from 'vitest';
import { mappingOfHeader, roleOfHeader } from '../../../shared/feedback/ingest/columnRoles.ts';
import { rowsOfSheet } from '../../../shared/feedback/ingest/rowsOfSheet.ts';
import { FEEDBACK_LIMITS } from '../../../shared/feedback/limits.ts';
import type { Sheet } from '../../../shared/feedback/ingest/feedbackRow.ts';

describe('roleOfHeader', () => {
  it.each([
    ['STT', null], ['Đơn vị', 'source'], ['ĐƠN VỊ GÓP Ý', 'source'], ['Vị trí', 'location'], ['Vị trí trong dự thảo', 'location'],
    ['Nội dung góp ý', 'text'], ['Ý kiến', 'text'], ['Ý KIẾN GÓP Ý ĐỐI VỚI DỰ THẢO', 'text'], ['text', 'text'], ['source', 'source'],
    ['location', 'location'], ['Văn kiện', 'document'], ['Nội dung dự thảo', null], ['Ghi chú', null], ['', null],
  ])('"%s" → %s', (header, role) => {
    expect(roleOfHeader(header)).toBe(role);
  });

  it('needs a text column', () => {
    expect(mappingOfHeader(['STT', 'Đơn vị'])).toBeNull();
    expect(mappingOfHeader(['STT', 'Đơn vị', 'Vị trí', 'Nội dung góp ý'])).toEqual({ text: 3, source: 1, document: null, location: 2 });
  });
});

const cell = (text: string, extra: Partial<{ mergedFromRow: number; formulaWithoutValue: boolean }> = {}) => ({ text, mergedFromRow: extra.mergedFromRow ?? null, formulaWithoutValue: extra.formulaWithoutValue ?? false });

describe('rowsOfSheet', () => {
  const sheet: Sheet = {
    name: 'Tổng hợp',
    rows: [
      { number: 1, cells: [cell('BẢNG TỔNG HỢP Ý KIẾN')] },
      { number: 2, cells: [cell('STT'), cell('Đơn vị'), cell('Ý kiến')] },
      { number: 3, cells: [cell('1'), cell('P. Thủy Nguyên'), cell('Đề nghị bổ sung chỉ tiêu (7).')] },
      { number: 4, cells: [cell('2'), cell('P. Thủy Nguyên', { mergedFromRow: 3 }), cell('')] },
      { number: 5, cells: [cell('3'), cell('X. An Lão'), cell('', { formulaWithoutValue: true })] },
      { number: 6, cells: [cell('4'), cell('X. An Lão'), cell('Gộp', { mergedFromRow: 3 })] },
      { number: 7, cells: [cell(''), cell(''), cell('')] },
      { number: 8, cells: [cell('5'), cell(''), cell('Mục II.3 nên viết gọn.')] },
    ],
  };

  it('finds the header below a title row, imports rows with text and reports every other row with a reason', () => {
    const read = rowsOfSheet(sheet);
    expect(read.headers).toEqual(['STT', 'Đơn vị', 'Ý kiến']);
    expect(read.rows.map((r) => [r.row, r.source, r.text])).toEqual([
      [3, 'P. Thủy Nguyên', 'Đề nghị bổ sung chỉ tiêu (7).'],
      [8, null, 'Mục II.3 nên viết gọn.'],
    ]);
    expect(read.problems.map((p) => [p.row, p.code])).toEqual([[4, 'no_text'], [5, 'formula_without_value'], [6, 'merged_text']]);
    expect(read.problems[0].reason).toContain('Dòng 4');
  });

  it('reports a row over the length limit with its row and a Vietnamese reason, and keeps the rows around it', () => {
    const limit = FEEDBACK_LIMITS.itemCharacters;
    const read = rowsOfSheet({
      name: 'Dài',
      rows: [
        { number: 1, cells: [cell('Đơn vị'), cell('Ý kiến')] },
        { number: 2, cells: [cell('X. An Lão'), cell('ý '.repeat(limit / 2).trim() + 'x')] },
        { number: 3, cells: [cell('X. An Lão'), cell('ý'.repeat(limit + 1))] },
        { number: 4, cells: [cell('P. Thủy Nguyên'), cell('Đề nghị bổ sung chỉ tiêu (7).')] },
      ],
    });
    expect(read.rows.map((r) => [r.row, r.text.length])).toEqual([[2, limit], [4, 29]]);
    expect(read.problems).toMatchObject([{ sheet: 'Dài', row: 3, code: 'text_too_long' }]);
    expect(read.problems[0].reason).toContain('Dòng 3');
    expect(read.problems[0].reason).toContain('quá giới hạn');
  });

  it('reports a sheet with no text column instead of dropping it', () => {
    const read = rowsOfSheet({ name: 'Danh sách', rows: [{ number: 1, cells: [cell('Họ tên'), cell('Chức vụ')] }] });
    expect(read.rows).toEqual([]);
    expect(read.problems).toMatchObject([{ code: 'sheet_without_text_column', sheet: 'Danh sách' }]);
  });
});
