import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkspaceStore } from '../../main/storage/WorkspaceStore.ts';
import { cliReportWithComments } from '../fixtures/feedback/anchorFixture.ts';
import { docxLines } from '../helpers/docxLines.ts';
import { useCliWorkspace, vankien } from '../helpers/cli.ts';

const cli = useCliWorkspace('Góp ý');

/** The report as draft 1 (frozen) and draft 2 (imported), the comments written against draft 1, anchored and clustered. */
function reportWithComments(): void {
  const steps = [
    ...cliReportWithComments(cli, { workingCopy: false }),
    ['feedback', 'anchor', '--workspace', cli.ws, '--document', 'Báo cáo chính trị', '--draft', '1'],
    ['feedback', 'clusters', '--workspace', cli.ws],
  ];
  for (const step of steps) expect(vankien(...step).status, step.join(' ')).toBe(0);
}

describe('vankien report synthesis', () => {
  it('writes the synthesis report of a document as a .docx, prints the counts, and records the export', () => {
    reportWithComments();
    const out = join(cli.dir, 'tong-hop.docx');
    const run = vankien('report', 'synthesis', '--workspace', cli.ws, '--document', 'Báo cáo chính trị', '--out', out, '--json');
    expect(run.status, run.stderr).toBe(0);
    expect(run.json).toMatchObject({ out, document: 'Báo cáo chính trị', draftNumber: 1, items: 10, clusters: 7 });
    const lines = docxLines(readFileSync(out));
    expect(lines).toContain('Tổng hợp ý kiến góp ý vào dự thảo Báo cáo chính trị (Dự thảo lần 1)');
    expect(lines).toContain('2. Mục II, đoạn 1: 3 ý kiến của 3 đơn vị');
    expect(lines).toContain('Thay đổi trong Dự thảo lần 2: Đoạn này đã bỏ.');

    const text = vankien('report', 'synthesis', '--workspace', cli.ws, '--document', 'Báo cáo chính trị', '--out', join(cli.dir, 'lan-1.docx'), '--draft', '1');
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toContain('Đã xuất báo cáo tổng hợp 10 ý kiến (7 nhóm) vào dự thảo Báo cáo chính trị (Dự thảo lần 1)');

    const store = WorkspaceStore.openReadOnly(cli.ws);
    try {
      expect(store.audit.entries({ action: 'feedback.synthesis_export', limit: 5 }).map((entry) => entry.actor)).toEqual(['cli', 'cli']);
    } finally {
      store.close();
    }
  });

  it('refuses to overwrite an existing file unless --force, leaving it as it was', () => {
    reportWithComments();
    const out = join(cli.dir, 'da-sua.docx');
    writeFileSync(out, 'bản đã sửa tay');
    const refused = vankien('report', 'synthesis', '--workspace', cli.ws, '--document', 'Báo cáo chính trị', '--out', out, '--json');
    expect(refused.status).not.toBe(0);
    expect(refused.json.error).toMatchObject({ code: 'conflict' });
    expect(refused.json.error.message).toContain('--force');
    expect(readFileSync(out, 'utf8')).toBe('bản đã sửa tay');
    const forced = vankien('report', 'synthesis', '--workspace', cli.ws, '--document', 'Báo cáo chính trị', '--out', out, '--force', '--json');
    expect(forced.status, forced.stderr).toBe(0);
    expect(statSync(out).size).toBe(forced.json.bytes);
  });

  it('names an unknown document with the titles there are, a missing or wrong --out and a bad --draft, writing nothing', () => {
    reportWithComments();
    const out = join(cli.dir, 'khong-ghi.docx');
    const unknown = vankien('report', 'synthesis', '--workspace', cli.ws, '--document', 'Nghị quyết', '--out', out, '--json');
    expect(unknown.json.error.code).toBe('not_found');
    expect(unknown.json.error.message).toContain('Các văn kiện hiện có: "Báo cáo chính trị"');
    expect(vankien('report', 'synthesis', '--workspace', cli.ws, '--document', 'Báo cáo chính trị', '--json').json.error.message).toContain('Thiếu --out <tệp .docx>');
    expect(vankien('report', 'synthesis', '--workspace', cli.ws, '--document', 'Báo cáo chính trị', '--out', join(cli.dir, 'x.xlsx'), '--json').json.error.message).toContain('--out phải là tệp .docx');
    expect(vankien('report', 'synthesis', '--workspace', cli.ws, '--document', 'Báo cáo chính trị', '--out', out, '--draft', 'hai', '--json').json.error.message).toContain('--draft phải là số');
    const noDraft = vankien('report', 'synthesis', '--workspace', cli.ws, '--document', 'Báo cáo chính trị', '--out', out, '--draft', '9', '--json');
    expect(noDraft.json.error.message).toContain('Không có Dự thảo lần 9');
    expect(vankien('report', 'synthesis', '--workspace', cli.ws, '--out', out, '--json').json.error.message).toContain('Thiếu --document');
    expect(existsSync(out)).toBe(false);
  });
});
