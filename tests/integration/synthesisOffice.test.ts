import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportSynthesis } from '../../main/services/feedback/exportSynthesis.ts';
import { synthesisOf } from '../../main/services/feedback/synthesisReport.ts';
import type { SynthesisReport } from '../../shared/feedback/synthesis/synthesisTypes.ts';
import { synthesisWorkspace, type SynthesisWorkspace } from '../fixtures/feedback/synthesisWorkspace.ts';
import { officeConvert } from '../helpers/officeConvert.ts';
import { tempDir } from '../helpers/tempDir.ts';

/**
 * The synthesis report opened by a real office suite: LibreOffice converts the .docx to PDF, and
 * the PDF's text (pdftotext, page by page) must show the header, every cluster's count in the
 * model's order, and the annex table with its heading row at the top of every page it runs onto.
 */
const NOW = new Date(Date.UTC(2026, 11, 3));
const flat = (text: string) => text.replace(/\s+/gu, ' ').trim();

let dir: ReturnType<typeof tempDir>;
let workspace: SynthesisWorkspace;
let report: SynthesisReport;
let pages: string[];

beforeAll(async () => {
  dir = tempDir();
  workspace = synthesisWorkspace(dir.path, { seed: 11, comments: 160, draftWords: 3_000 });
  report = synthesisOf(workspace.store, workspace.documentId, undefined, NOW);
  const file = await exportSynthesis(workspace.store, workspace.documentId, undefined, 'test', undefined, NOW);
  const pdf = (await officeConvert([{ name: 'bao-cao.docx', content: file.bytes }], 'pdf')).get('bao-cao.docx')!;
  const text = spawnSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (text.status !== 0) throw new Error(`pdftotext failed: ${text.stderr}`);
  pages = text.stdout.split('\f').filter((page) => page.trim() !== '');
}, 180_000);

afterAll(() => {
  workspace?.store.close();
  dir?.remove();
});

describe('the synthesis report in LibreOffice', () => {
  it('shows the 36-HD header and the title on the first page', () => {
    const first = flat(pages[0]);
    for (const line of ['ĐẢNG CỘNG SẢN VIỆT NAM', 'TIỂU BAN VĂN KIỆN', 'BÁO CÁO', 'Tổng hợp ý kiến góp ý vào dự thảo Báo cáo chính trị (Dự thảo lần 1)', 'ngày 03 tháng 12 năm 2026']) {
      expect(first).toContain(line);
    }
    expect(first).toContain(`đã nhận được ${report.comments} ý kiến góp ý của ${report.sources} đơn vị`);
  });

  it('shows every part and every cluster’s "N ý kiến của M đơn vị", in the model’s order', () => {
    const all = flat(pages.join(' '));
    const body = all.slice(0, all.indexOf('PHỤ LỤC'));
    const entries = report.parts.flatMap((p) => p.entries);
    expect(entries.length).toBeGreaterThan(20);
    expect(entries.some((e) => e.comments > 1)).toBe(true);
    let from = 0;
    report.parts.forEach((part, p) => {
      from = body.indexOf(part.title, from);
      expect(from, part.title).toBeGreaterThanOrEqual(0);
      part.entries.forEach((entry, i) => {
        const at = body.indexOf(`${i + 1}. `, from);
        const count = body.indexOf(entry.countLabel, at);
        expect(count, `${p}.${i} ${entry.countLabel}`).toBeGreaterThan(from);
        from = count;
      });
    });
    expect(body).toContain('Đoạn này đã bỏ.');
    expect(body).toContain('Đồng thời đẩy mạnh chuyển đổi số.');
    expect(body).toContain('Tiếp thu, đã bổ sung vào dự thảo.');
  });

  it('lays the annex out as a table whose heading row is repeated on every page, with a row per cluster', () => {
    const start = pages.findIndex((page) => flat(page).includes('PHỤ LỤC'));
    const annex = pages.slice(start);
    expect(annex.length).toBeGreaterThan(2);
    for (const page of annex) {
      const text = flat(page);
      // pdftotext reads a row's cells line by line across the columns: a heading that wraps ("Vị trí trong / dự thảo") is checked by its first line.
      for (const heading of ['STT', 'Vị trí trong', 'Nội dung dự thảo', 'Ý kiến góp ý', 'Đơn vị (số ý kiến)', 'Tiếp thu / giải trình']) expect(text).toContain(heading);
    }
    const entries = report.parts.flatMap((p) => p.entries);
    // Every cluster's representative wording is in the annex (its first words, on the first line of its cell).
    const text = flat(annex.join(' '));
    for (const entry of entries) expect(text).toContain(flat(entry.wording).split(' ').slice(0, 3).join(' '));
    expect(text).toContain(`${entries.length} ${entries.at(-1)!.place ? 'Mục' : 'Chưa gắn'}`);
  });
});
