import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { WorkspaceStore } from '../../main/storage/WorkspaceStore.ts';
import { commentTexts, commentWorkbook } from '../fixtures/feedback/commentFiles.ts';
import { useCliWorkspace, vankien } from '../helpers/cli.ts';

const cli = useCliWorkspace('Góp ý');

describe('vankien report comments', () => {
  it('writes every comment of the workspace to an .xlsx and records the export', async () => {
    const xlsx = join(cli.dir, 'phieu.xlsx');
    const texts = commentTexts(4);
    writeFileSync(xlsx, await commentWorkbook(texts.map((text) => ({ source: 'P. Thủy Nguyên', location: 'Mục I', text }))));
    expect(vankien('feedback', 'import', xlsx, '--workspace', cli.ws, '--json').status).toBe(0);

    const out = join(cli.dir, 'y-kien.xlsx');
    const run = vankien('report', 'comments', '--workspace', cli.ws, '--out', out, '--json');
    expect(run.status, run.stderr).toBe(0);
    expect(run.json).toMatchObject({ out, items: 4 });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.rowCount).toBe(5);
    expect(sheet.getRow(1).getCell(3).value).toBe('Nội dung góp ý');
    expect(String(sheet.getRow(5).getCell(3).value)).toContain('Đề nghị làm rõ ý 4');

    const store = WorkspaceStore.openReadOnly(cli.ws);
    try {
      expect(store.audit.entries({ action: 'feedback.export', limit: 5 }).map((entry) => entry.actor)).toEqual(['cli']);
    } finally {
      store.close();
    }
  });

  it('names a wrong report, a missing --out and an --out that is not .xlsx as usage errors, writing nothing', () => {
    const out = join(cli.dir, 'y-kien.csv');
    expect(vankien('report', 'synthesis-x', '--workspace', cli.ws, '--out', out, '--json').json.error.code).toBe('bad_request');
    expect(vankien('report', 'comments', '--workspace', cli.ws, '--json').json.error.message).toContain('--out');
    expect(vankien('report', 'comments', '--workspace', cli.ws, '--out', out, '--json').json.error.message).toContain('.xlsx');
    expect(existsSync(out)).toBe(false);
  });
});
