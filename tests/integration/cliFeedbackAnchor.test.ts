import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ADDED_POINT, cliReportWithComments, FORM_LETTER, REPORT } from '../fixtures/feedback/anchorFixture.ts';
import { useCliWorkspace, vankien } from '../helpers/cli.ts';

const cli = useCliWorkspace('Góp ý');

/** The report as draft 1 (frozen) and draft 2 (imported, set as the working copy), the comments written against draft 1. */
function reportWithComments(): void {
  const steps = cliReportWithComments(cli, { workingCopy: true });
  for (const step of steps) expect(vankien(...step).status, step.join(' ')).toBe(0);
}

describe('vankien feedback anchor and clusters', () => {
  it('anchors the stored comments and prints the counts anchored, queued and orphaned, as text and as JSON', () => {
    reportWithComments();
    const run = vankien('feedback', 'anchor', '--workspace', cli.ws, '--json');
    expect(run.status).toBe(0);
    expect(run.json).toEqual({ document: 'Báo cáo chính trị', items: 10, anchored: 6, queued: 4, manual: 0, orphaned: 1, missingDraft: 0 });
    const text = vankien('feedback', 'anchor', '--workspace', cli.ws, '--document', 'Báo cáo chính trị');
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('Đã gắn vào đoạn: 6.');
    expect(text.stdout).toContain('Chưa gắn (chờ người gắn): 4.');
    expect(text.stdout).toContain('Mất chỗ trong bản làm việc (đoạn đã bị xoá, giữ trích dẫn): 1.');
  });

  it('clusters the stored comments and lists each cluster with N/M, its members and the sentences a copy adds', () => {
    reportWithComments();
    const run = vankien('feedback', 'clusters', '--workspace', cli.ws, '--json');
    expect(run.status).toBe(0);
    expect(run.json).toMatchObject({ created: 2, joined: 0 });
    expect(run.json.clusters.map((c: { comments: number; sources: number }) => [c.comments, c.sources])).toEqual([[3, 3], [2, 2]]);
    const text = vankien('feedback', 'clusters', '--workspace', cli.ws);
    expect(text.stdout).toContain('2 nhóm ý kiến trùng hoặc gần trùng (0 nhóm mới, 0 ý kiến mới vào nhóm cũ).');
    expect(text.stdout).toContain('1. 3 ý kiến của 3 đơn vị');
    expect(text.stdout).toContain(`   * P. Thuỷ Nguyên: ${FORM_LETTER}`);
    expect(text.stdout).toContain(`       + ${ADDED_POINT}`);
    expect(text.stdout).toContain('2. 2 ý kiến của 2 đơn vị');
  });

  it('anchors a comments file against a draft file, in input order, writing nothing', () => {
    const [draft, comments] = [join(cli.dir, 'du-thao.txt'), join(cli.dir, 'y-kien.csv')];
    writeFileSync(draft, REPORT);
    writeFileSync(comments, ['text,source,location', '"Đề nghị nâng mức tăng thu lên 16%/năm.","X. An Lão","(2)"', '"Cần chú ý bồi dưỡng lớp kế cận.","P. Thuỷ Nguyên",""',
      '"Đề nghị sửa “Tỷ lệ hộ nghèo giảm còn dưới 1%” thành “Không còn hộ nghèo”.","X. An Lão",""'].join('\n'));
    const run = vankien('feedback', 'anchor', comments, '--draft', draft, '--json');
    expect(run.status).toBe(0);
    expect(run.json).toEqual([
      { text: 'Đề nghị nâng mức tăng thu lên 16%/năm.', source: 'X. An Lão', anchor: { number: '(2)', text: 'Thu ngân sách tăng bình quân 15%/năm.' }, confidence: 0.95 },
      { text: 'Cần chú ý bồi dưỡng lớp kế cận.', source: 'P. Thuỷ Nguyên', anchor: null, confidence: 0 },
      { text: 'Đề nghị sửa “Tỷ lệ hộ nghèo giảm còn dưới 1%” thành “Không còn hộ nghèo”.', source: 'X. An Lão', anchor: { number: '(3)', text: 'Tỷ lệ hộ nghèo giảm còn dưới 1% theo chuẩn nghèo đa chiều.' }, confidence: 1 },
    ]);
    expect(vankien('feedback', 'anchor', comments, '--draft', draft).stdout).toContain('1. → (2) (95%): Đề nghị nâng mức');
    expect(vankien('feedback', 'anchor', comments, '--json').json.error.code).toBe('bad_request');
    expect(vankien('feedback', 'anchor', comments, '--draft', join(cli.dir, 'khong-co.txt'), '--json').json.error.code).toBe('not_found');
  });

  it('keeps a committee .xlsx row with no text in its place, saying why with its row, and says a sheet with no text column on stderr', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Góp ý');
    sheet.addRows([
      ['STT', 'Đơn vị', 'Vị trí', 'Nội dung góp ý'],
      [1, 'X. An Lão', '(2)', 'Đề nghị nâng mức tăng thu lên 16%/năm.'],
      [2, 'P. Thuỷ Nguyên', 'Mục I', ''],
      [3, 'Đảng bộ phường Lê Chân', '', 'Đề nghị sửa “Tỷ lệ hộ nghèo giảm còn dưới 1%” thành “Không còn hộ nghèo”.'],
    ]);
    workbook.addWorksheet('Ghi chú').addRows([['Người lập', 'Ngày'], ['Văn phòng', '01/12/2026']]);
    const [draft, comments] = [join(cli.dir, 'du-thao.txt'), join(cli.dir, 'y-kien.xlsx')];
    writeFileSync(draft, REPORT);
    writeFileSync(comments, new Uint8Array(await workbook.xlsx.writeBuffer()));

    const run = vankien('feedback', 'anchor', comments, '--draft', draft, '--json');
    expect(run.status).toBe(0);
    expect(run.json).toEqual([
      { text: 'Đề nghị nâng mức tăng thu lên 16%/năm.', source: 'X. An Lão', anchor: { number: '(2)', text: 'Thu ngân sách tăng bình quân 15%/năm.' }, confidence: 0.95 },
      { text: '', source: null, anchor: null, confidence: 0, problem: { code: 'no_text', reason: 'Dòng 3: không có nội dung góp ý; dòng này không được nhập.' } },
      { text: 'Đề nghị sửa “Tỷ lệ hộ nghèo giảm còn dưới 1%” thành “Không còn hộ nghèo”.', source: 'Đảng bộ phường Lê Chân', anchor: { number: '(3)', text: 'Tỷ lệ hộ nghèo giảm còn dưới 1% theo chuẩn nghèo đa chiều.' }, confidence: 1 },
    ]);
    expect(run.stderr).toContain('Cảnh báo: Không tìm thấy cột nội dung góp ý trong trang "Ghi chú"');
    const text = vankien('feedback', 'anchor', comments, '--draft', draft);
    expect(text.stdout).toContain('2. → bỏ qua: Dòng 3: không có nội dung góp ý');
    expect(text.stdout).toContain('3. → (3) (100%): Đề nghị sửa');
    expect(vankien('feedback', '--help').stdout).toContain('"problem":{"code","reason"}');
  });

  it('refuses a missing workspace, files given to anchor, a bad --draft and an unknown document, as usage errors', () => {
    expect(vankien('feedback', 'anchor', '--json').json.error.code).toBe('bad_request');
    expect(vankien('feedback', 'anchor', 'x.csv', '--workspace', cli.ws, '--json').json.error.code).toBe('bad_request');
    expect(vankien('feedback', 'anchor', '--workspace', cli.ws, '--draft', 'hai', '--json').json.error.code).toBe('bad_request');
    const none = vankien('feedback', 'anchor', '--workspace', cli.ws, '--json');
    expect(none.json.error).toMatchObject({ code: 'bad_request', message: expect.stringContaining('--document') });
    expect(vankien('feedback', 'anchor', '--workspace', cli.ws, '--document', 'Không có', '--json').json.error.code).toBe('not_found');
    expect(vankien('feedback', 'clusters', '--workspace', cli.ws, '--json').json).toEqual({ created: 0, joined: 0, clusters: [] });
  });
});
