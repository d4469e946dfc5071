import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Node } from 'prosemirror-model';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeDocumentContent } from '../../main/services/drafts/writeDocumentContent.ts';
import { numberedBlocksOf } from '../../shared/drafts/numberedBlocksOf.ts';
import { rawDatabase } from '../helpers/rawDatabase.ts';
import { WorkspaceStore } from '../../main/storage/WorkspaceStore.ts';
import { schema } from '../../shared/editor/schema.ts';
import { exportBlockPrefix } from '../../shared/export/numberPrefix.ts';
import { importFile } from '../../shared/import/index.ts';
import { vankien } from '../helpers/cli.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { documentBody, reviewedDraft, reviewedParagraphs, unzipDocx } from '../unit/export/docxKit.ts';

let dir: ReturnType<typeof tempDir>;
beforeEach(() => (dir = tempDir()));
afterEach(() => dir.remove());

const OLDER = ['I. VỀ ĐẠI BIỂU ĐẠI HỘI', '1. Đại biểu chính thức', 'Số đại biểu được triệu tập: 446 đại biểu.', '2. Đại biểu dự khuyết', 'Có 03 đại biểu dự khuyết.', 'Công tác chuẩn bị Đại hội: Được triển khai nghiêm túc.'];
/** The newer: "2. Đại biểu dự khuyết" demoted to "1.1.", a lead-in made bold, a word changed. */
const NEWER = ['I. VỀ ĐẠI BIỂU ĐẠI HỘI', '1. Đại biểu chính thức', 'Số đại biểu được triệu tập: 446 đại biểu.', '1.1. Đại biểu dự khuyết', 'Có 03 đại biểu dự khuyết.', '**Công tác chuẩn bị Đại hội:** Được triển khai nghiêm chỉnh.'];

const write = (name: string, lines: string[]) => {
  const path = join(dir.path, name);
  writeFileSync(path, lines.join('\n\n'));
  return path;
};
const paragraphsOf = (path: string) => numberedBlocksOf(Node.fromJSON(schema, importFile(readFileSync(path), path).doc)).map((b) => exportBlockPrefix(b.type, b.number, b.text) + b.text);
const bodyOf = (path: string) => documentBody(unzipDocx(new Uint8Array(readFileSync(path))));

describe('vankien compare --docx', () => {
  it('writes the newer file with tracked changes against the older, and counts structure and formatting changes', () => {
    const [a, b, out] = [write('a.md', OLDER), write('b.md', NEWER), join(dir.path, 'so-sanh.docx')];
    const { status, json } = vankien('compare', a, b, '--docx', out, '--author', 'Tổ biên tập', '--json');
    expect(status).toBe(0);
    expect(json.classes).toMatchObject({ structure: 1, substantive: 1 });
    expect(json.docx).toEqual({ out, bytes: readFileSync(out).byteLength, warnings: [] });
    const demoted = json.changes.find((c: { class: string }) => c.class === 'structure');
    expect([demoted.left, demoted.right]).toEqual([
      { number: '2', text: 'Đại biểu dự khuyết', type: 'heading', level: 1 },
      { number: '1.1', text: 'Đại biểu dự khuyết', type: 'heading', level: 2 },
    ]);
    const reworded = json.changes.find((c: { class: string }) => c.class === 'substantive');
    expect(reworded.tokens[0]).toMatchObject({ op: 'equal', class: 'formatting', emphasis: { bold: true }, emphasisBefore: {} });
    const body = bodyOf(out);
    expect(reviewedDraft(body, 'accept')).toEqual(paragraphsOf(b));
    expect(reviewedDraft(body, 'reject')).toEqual(paragraphsOf(a));
    expect(unzipDocx(new Uint8Array(readFileSync(out)))['word/document.xml']).toContain('w:author="Tổ biên tập"');
  });

  it('names the structure and formatting changes in its text output', () => {
    const [a, b] = [write('a.md', OLDER), write('b.md', NEWER.map((l) => l.replace('nghiêm chỉnh', 'nghiêm túc')))];
    const { status, stdout } = vankien('compare', a, b);
    expect(status).toBe(0);
    expect(stdout).toContain('Theo loại: cấu trúc 1 · định dạng 1');
    expect(stdout).toContain('- [sửa, cấu trúc] 2 → 1.1 (heading 1 → heading 2): Đại biểu dự khuyết');
    expect(stdout).toContain('- [sửa, định dạng]: {~Công tác chuẩn bị Đại hội:~} Được triển khai nghiêm túc.');
  });

  it('writes draft 2 of a workspace document with tracked changes against draft 1, as the RPC does', () => {
    const path = join(dir.path, 'dai-hoi.vkws');
    const store = WorkspaceStore.create(path, 'Đại hội');
    const document = store.documents.create('political_report', 'Báo cáo chính trị');
    const docOf = (lines: string[]) => Node.fromJSON(schema, importFile(new TextEncoder().encode(lines.join('\n\n')), 'x.md').doc);
    writeDocumentContent(store, document.id, docOf(OLDER));
    store.close();
    const freeze = () => vankien('draft', 'freeze', '--workspace', path, '--document', 'Báo cáo chính trị', '--author', 'Tổ biên tập', '--json');
    expect(freeze().status).toBe(0);
    const reopened = WorkspaceStore.open(path);
    writeDocumentContent(reopened, document.id, docOf(NEWER));
    reopened.close();
    expect(freeze().status).toBe(0);

    const out = join(dir.path, 'so-sanh.docx');
    const { status, json } = vankien('compare', '--workspace', path, '--document', 'Báo cáo chính trị', '--drafts', '1,2', '--docx', out, '--json');
    expect(status).toBe(0);
    expect(json.docx.out).toBe(out);
    for (const [mode, number] of [['accept', 2], ['reject', 1]] as const) {
      const own = join(dir.path, `dt${number}.docx`);
      expect(vankien('export', '--workspace', path, '--document', 'Báo cáo chính trị', '--draft', String(number), '--out', own).status).toBe(0);
      expect(reviewedDraft(bodyOf(out), mode), mode).toEqual(reviewedParagraphs(bodyOf(own), 'asIs'));
    }
    // A working copy that is no draft, replaced: kept as checkpoint 1, which compares like a draft.
    const again = WorkspaceStore.open(path);
    writeDocumentContent(again, document.id, docOf([...NEWER, 'Đoạn chỉ có trong bản lưu.']));
    writeDocumentContent(again, document.id, docOf(NEWER));
    again.close();
    const fromCheckpoint = vankien('compare', '--workspace', path, '--document', 'Báo cáo chính trị', '--drafts', '2,c1', '--json');
    expect(fromCheckpoint.status).toBe(0);
    expect(fromCheckpoint.json.stats).toMatchObject({ modified: 0, inserted: 1, deleted: 0, moved: 0 });
    const audit = WorkspaceStore.openReadOnly(path);
    try {
      const rows = rawDatabase(audit).prepare("SELECT actor, details FROM audit_log WHERE action = 'draft.export_comparison'").all() as { actor: string; details: string }[];
      expect(rows.map((r) => [r.actor, JSON.parse(r.details)])).toEqual([['cli', { older: 1, newer: 2, fileName: 'So sánh dự thảo 1-2 - Báo cáo chính trị.docx' }]]);
    } finally {
      audit.close();
    }
  });

  it('refuses an output that is not a .docx and a missing file, by name, writing nothing', () => {
    const a = write('a.md', OLDER);
    const wrong = vankien('compare', a, a, '--docx', join(dir.path, 'x.pdf'), '--json');
    expect([wrong.status, wrong.json.error.code]).toEqual([2, 'bad_request']);
    expect(wrong.json.error.message).toContain('--docx cần tên tệp .docx');
    const missing = vankien('compare', a, join(dir.path, 'khong-co.md'), '--docx', join(dir.path, 'x.docx'), '--json');
    expect([missing.status, missing.json.error.code]).toEqual([2, 'not_found']);
    expect(() => readFileSync(join(dir.path, 'x.docx'))).toThrow();
  });
});
