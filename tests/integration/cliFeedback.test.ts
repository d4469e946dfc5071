import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkspaceStore } from '../../main/storage/WorkspaceStore.ts';
import { FEEDBACK_LIMITS } from '../../shared/feedback/limits.ts';
import { oleFile } from '../fixtures/buildDocx.ts';
import { commentTexts, commentWorkbook, wardReport } from '../fixtures/feedback/commentFiles.ts';
import { useCliWorkspace, vankien } from '../helpers/cli.ts';

const cli = useCliWorkspace('Góp ý');

describe('vankien feedback', () => {
  it('imports a registry, then several comment files at once, reporting the file it could not read and importing the others', async () => {
    const registry = join(cli.dir, 'don-vi.csv');
    writeFileSync(registry, 'Tên đơn vị,Cấp\nĐảng bộ phường Thủy Nguyên,phường\n');
    expect(vankien('feedback', 'sources', registry, '--workspace', cli.ws, '--json').json).toEqual({ created: 1, updated: 0, attributed: 0, problems: [] });

    const texts = commentTexts(2);
    const xlsx = join(cli.dir, 'phieu.xlsx');
    writeFileSync(xlsx, await commentWorkbook(texts.map((text) => ({ source: 'P. Thủy Nguyên', location: 'Mục I', text }))));
    const docx = join(cli.dir, 'bao-cao.docx');
    writeFileSync(docx, wardReport());
    const locked = join(cli.dir, 'khoa.xlsx');
    writeFileSync(locked, oleFile(['EncryptedPackage']));

    const run = vankien('feedback', 'import', xlsx, locked, docx, '--workspace', cli.ws, '--document', 'Báo cáo chính trị', '--draft', '2', '--json');
    expect(run.status).toBe(2);
    expect(run.json.files.map((f: { batch?: { items: number }; error?: { code: string } }) => f.batch?.items ?? f.error?.code)).toEqual([2, 'file_encrypted', 4]);

    const store = WorkspaceStore.openReadOnly(cli.ws);
    try {
      const items = store.feedback.list();
      expect(items).toHaveLength(6);
      expect(items.every((item) => item.draftNumber === 2)).toBe(true);
      // --document is the default; the report's own heading naming the resolution wins for its points.
      expect(items.map((item) => item.documentTitle)).toEqual(['Báo cáo chính trị', 'Báo cáo chính trị', 'Báo cáo chính trị', 'Báo cáo chính trị', 'Nghị quyết', 'Nghị quyết']);
      expect(items.every((item) => item.attribution.status === 'matched')).toBe(true);
    } finally {
      store.close();
    }

    const again = vankien('feedback', 'import', xlsx, '--workspace', cli.ws);
    expect(again.status).toBe(2);
    expect(again.stdout).toContain('đã được nhập');
  });

  it('names a wrong argument as a usage error', () => {
    const run = vankien('feedback', 'import', 'a.xlsx', '--workspace', cli.ws, '--draft', 'hai', '--json');
    expect(run.json.error.code).toBe('bad_request');
    expect(vankien('feedback', 'xoa', '--json').json.error.code).toBe('bad_request');
  });

  it('refuses a comment file over the size limit, naming it, and imports none of the files given with it', async () => {
    const xlsx = join(cli.dir, 'phieu.xlsx');
    writeFileSync(xlsx, await commentWorkbook(commentTexts(1).map((text) => ({ source: 'P. Thủy Nguyên', location: 'Mục I', text }))));
    const huge = join(cli.dir, 'qua-lon.xlsx');
    writeFileSync(huge, '');
    truncateSync(huge, FEEDBACK_LIMITS.fileBytes + 1); // sparse: the size is seen, nothing is on disk

    const run = vankien('feedback', 'import', xlsx, huge, '--workspace', cli.ws, '--json');
    expect(run.status).not.toBe(0);
    expect(run.json.error.code).toBe('file_too_large');
    expect(run.json.error.message).toContain('qua-lon.xlsx');
    const store = WorkspaceStore.openReadOnly(cli.ws);
    try {
      expect(store.feedback.list()).toHaveLength(0);
    } finally {
      store.close();
    }
  });

  it('refuses more files than one import takes as a usage error, before looking for any of them', () => {
    const paths = Array.from({ length: FEEDBACK_LIMITS.filesPerImport + 1 }, (_, i) => join(cli.dir, `khong-co-${i}.xlsx`));
    const run = vankien('feedback', 'import', ...paths, '--workspace', cli.ws, '--json');
    expect(run.json.error.code).toBe('bad_request'); // not not_found: the count is checked first
    expect(run.json.error.message).toContain(`tối đa ${FEEDBACK_LIMITS.filesPerImport} tệp`);
  });
});
