import { describe, expect, it } from 'vitest';
import { rowsOfReport } from '../../../shared/feedback/ingest/rowsOfReport.ts';
import { rowsOfText } from '../../../shared/feedback/ingest/rowsOfText.ts';

describe('rowsOfText (pasted text)', () => {
  it('makes one comment per numbered point, bullet or paragraph, joining wrapped lines', () => {
    const rows = rowsOfText('1. Đề nghị bổ sung mục II.3\nvề chuyển đổi số.\n2) Sửa chỉ tiêu (7).\n- Bỏ cụm từ “cơ bản”.\n\nMột ý kiến không đánh số.\nMột là, tăng cường kỷ luật.', 'P. Thủy Nguyên');
    expect(rows.map((r) => [r.paragraph, r.text])).toEqual([
      [1, 'Đề nghị bổ sung mục II.3 về chuyển đổi số.'],
      [3, 'Sửa chỉ tiêu (7).'],
      [4, 'Bỏ cụm từ “cơ bản”.'],
      [5, 'Một ý kiến không đánh số.'],
      [6, 'tăng cường kỷ luật.'],
    ]);
    expect(rows.every((r) => r.source === 'P. Thủy Nguyên')).toBe(true);
  });

  it('stores pasted NFD text as NFC', () => {
    expect(rowsOfText('Hoà bình'.normalize('NFD'), null)[0].text).toBe('Hoà bình'.normalize('NFC'));
  });
});

const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

describe('rowsOfReport', () => {
  it('gives one comment per paragraph when the report numbers nothing, and the sender from its capitals line', () => {
    const { rows } = rowsOfReport({ type: 'doc', content: [para('ĐẢNG BỘ XÃ AN LÃO'), para('Đề nghị sửa mục I.'), para('Thống nhất với dự thảo.')] });
    expect(rows.map((r) => [r.paragraph, r.source, r.text])).toEqual([
      [1, 'ĐẢNG BỘ XÃ AN LÃO', 'ĐẢNG BỘ XÃ AN LÃO'],
      [2, 'ĐẢNG BỘ XÃ AN LÃO', 'Đề nghị sửa mục I.'],
      [3, 'ĐẢNG BỘ XÃ AN LÃO', 'Thống nhất với dự thảo.'],
    ]);
  });

  it('reads a table in a report by its header row, under the document its heading names', () => {
    const cell = (text: string) => ({ type: 'table_cell', content: [para(text)] });
    const row = (...texts: string[]) => ({ type: 'table_row', content: texts.map(cell) });
    const { rows } = rowsOfReport({ type: 'doc', content: [
      { type: 'section', content: [{ type: 'text', text: 'Góp ý dự thảo Nghị quyết' }] },
      { type: 'table', content: [row('STT', 'Vị trí', 'Ý kiến'), row('1', 'Đoạn 2', 'Đề nghị viết gọn.')] },
    ] });
    expect(rows).toEqual([{ text: 'Đề nghị viết gọn.', source: null, document: 'Nghị quyết', location: 'Đoạn 2', sheet: null, row: 2, paragraph: 2 }]);
  });
});
