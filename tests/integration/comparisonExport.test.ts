import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { rawDatabase } from '../helpers/rawDatabase.ts';
import { startWorkspaceServer, type RunningServer, type WorkspaceServerOptions } from '../../main/server/WorkspaceServer.ts';
import { REPORT_HEADER_LINES } from '../fixtures/reportHeader.ts';
import { CORPUS } from '../helpers/cli.ts';
import { call, rpc } from '../helpers/rpc.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { documentBody, reviewedCells, reviewedDraft, reviewedParagraphs, unzipDocx } from '../unit/export/docxKit.ts';

const opened: { server: RunningServer; dir: ReturnType<typeof tempDir> }[] = [];

async function serve(jobs?: WorkspaceServerOptions['jobs'], dir = tempDir()) {
  const server = await startWorkspaceServer({ dataDir: dir.path, port: 0, jobs });
  opened.push({ server, dir });
  return Object.assign(server, { call: (method: string, input: unknown) => call(server.url, server.secret, method, input) });
}

afterEach(async () => {
  for (const { server, dir } of opened.splice(0)) {
    await server.close();
    dir.remove();
  }
});

const REPORT = [
  ...REPORT_HEADER_LINES,
  'I. KẾT QUẢ ĐẠT ĐƯỢC',
  '1. Về kinh tế',
  'Tăng trưởng kinh tế bình quân đạt 13%/năm, công tác chuẩn bị được triển khai nghiêm túc.',
  '(1) Tốc độ tăng trưởng GRDP bình quân 10% trở lên.',
  '(2) Thu ngân sách tăng bình quân 15%/năm.',
  '(3) Tỷ lệ hộ nghèo giảm còn dưới 1%.',
].join('\n');

/** Draft 2 as a drafter sends it back: a word changed, a target inserted first (the others renumbered). */
const REPORT_2 = REPORT.replace('nghiêm túc', 'nghiêm chỉnh').replace('(1) Tốc độ', '(1) Chỉ số đổi mới sáng tạo thuộc nhóm dẫn đầu.\n(2) Tốc độ').replace('(2) Thu', '(3) Thu').replace('(3) Tỷ', '(4) Tỷ');

const text64 = (text: string | Buffer) => Buffer.from(text).toString('base64');

/** A workspace whose report has draft 1 (frozen) and draft 2 (imported from a file). */
async function twoDrafts(server: Awaited<ReturnType<typeof serve>>, first = REPORT, second = REPORT_2) {
  const { workspace } = await server.call('workspace.create', { name: 'Đại hội' });
  const { document } = await server.call('document.import', { workspaceId: workspace.id, kind: 'political_report', title: 'Báo cáo chính trị', fileName: 'bc.txt', dataBase64: text64(first) });
  const ref = { workspaceId: workspace.id, documentId: document.id };
  await server.call('draft.freeze', { ...ref, stage: 'subcommittee', author: 'Tổ biên tập', note: '' });
  await server.call('draft.import', { ...ref, stage: 'standing_board', author: 'Tổ biên tập', note: '', fileName: 'dt2.txt', dataBase64: text64(second) });
  return ref;
}

const bodyOf = (file: { dataBase64: string }) => documentBody(unzipDocx(new Uint8Array(Buffer.from(file.dataBase64, 'base64'))));

describe('draft.exportComparison', () => {
  it('gives draft 2 with tracked changes against draft 1: accept all is draft 2’s export, reject all draft 1’s', async () => {
    const server = await serve();
    const ref = await twoDrafts(server);
    const file = await server.call('draft.exportComparison', { ...ref, older: 1, newer: 2, author: 'Nguyễn Văn An' });
    expect([file.fileName, file.mimeType]).toEqual(['So sánh dự thảo 1-2 - Báo cáo chính trị.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document']);
    const tracked = bodyOf(file);
    for (const [mode, number] of [['accept', 2], ['reject', 1]] as const) {
      const own = bodyOf(await server.call('draft.export', { ...ref, number, format: 'docx' }));
      expect(reviewedDraft(tracked, mode), mode).toEqual(reviewedParagraphs(own, 'asIs'));
      const cells = (body: typeof own, m: typeof mode | 'asIs') => reviewedCells(body, m).map((t) => t.map((r) => r.map((c) => c.filter(Boolean))));
      expect(cells(tracked, mode), `${mode}: header`).toEqual(cells(own, 'asIs'));
    }
    expect(reviewedDraft(tracked, 'reject')).toContain('(1) Tốc độ tăng trưởng GRDP bình quân 10% trở lên.');
    expect(reviewedDraft(tracked, 'accept')).toContain('(2) Tốc độ tăng trưởng GRDP bình quân 10% trở lên.');

    const db = rawDatabase(server.workspaces.store(ref.workspaceId));
    const audited = db.prepare("SELECT actor, subject, details FROM audit_log WHERE action = 'draft.export_comparison'").all() as { subject: string; details: string }[];
    expect(audited.map((a) => [a.subject, JSON.parse(a.details)])).toEqual([[ref.documentId, { older: 1, newer: 2, fileName: file.fileName }]]);
  });

  it('compares a draft with the working copy, signing changes nobody is attributed for with the exporter’s name, not one the request gives', async () => {
    const server = await serve();
    const ref = await twoDrafts(server);
    await server.call('identity.set', { displayName: 'Nguyễn Văn An' });
    const file = await server.call('draft.exportComparison', { ...ref, older: 2, newer: 'working', author: 'Người khác' });
    expect(file.fileName).toBe('So sánh dự thảo 2-bản làm việc - Báo cáo chính trị.docx');
    // The working copy still holds draft 1's text (importing a draft leaves it as it was).
    const tracked = bodyOf(file);
    expect(reviewedDraft(tracked, 'accept').join('\n')).toContain('nghiêm túc');
    expect(reviewedDraft(tracked, 'reject').join('\n')).toContain('nghiêm chỉnh');
    expect(unzipDocx(new Uint8Array(Buffer.from(file.dataBase64, 'base64')))['word/document.xml']).toContain('w:author="Nguyễn Văn An"');
    expect(unzipDocx(new Uint8Array(Buffer.from(file.dataBase64, 'base64')))['word/document.xml']).not.toContain('Người khác');
  });

  it('refuses a draft that does not exist and a side that is not one, writing nothing to the audit log', async () => {
    const server = await serve();
    const ref = await twoDrafts(server);
    const missing = await rpc(server.url, server.secret, 'draft.exportComparison', { ...ref, older: 1, newer: 9, author: 'A' });
    expect([missing.status, missing.body.error.code]).toEqual([404, 'not_found']);
    expect(missing.body.error.message).toContain('9');
    const bad = await rpc(server.url, server.secret, 'draft.exportComparison', { ...ref, older: 'c0', newer: 2, author: 'A' });
    expect([bad.status, bad.body.error.code]).toEqual([400, 'bad_request']);
    const db = rawDatabase(server.workspaces.store(ref.workspaceId));
    expect(db.prepare("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'draft.export_comparison'").get()).toEqual({ n: 0 });
  });

  it('runs a large comparison in a worker, answering other requests meanwhile, with the same file as in its own thread', async () => {
    const corpus = readFileSync(CORPUS('thong-bao-nhanh-ket-qua-dai-hoi.txt'), 'utf8');
    const edited = corpus.replace('nghiêm túc', 'nghiêm chỉnh');
    // The drafts are made by a server without the gate (imports are jobs too), then served by one with it.
    const setup = await serve();
    const ref = await twoDrafts(setup, corpus, edited);
    const { dir } = opened.pop()!;
    await setup.close();
    const gate = new SharedArrayBuffer(4);
    const server = await serve({ startGate: gate }, dir);
    const started = new Promise((resolve) => server.jobs.once('start', resolve));
    const order: string[] = [];
    const exporting = server.call('draft.exportComparison', { ...ref, older: 1, newer: 2, author: 'A' }).then((f) => (order.push('export'), f));
    await started;
    // The export is held inside its worker: only a free event loop can answer this.
    await server.call('draft.list', ref);
    order.push('list');
    Atomics.store(new Int32Array(gate), 0, 1);
    Atomics.notify(new Int32Array(gate), 0);
    const inWorker = await exporting;
    expect(order).toEqual(['list', 'export']);

    const inline = await serve({ inlineBelowBytes: Infinity });
    const inlineRef = await twoDrafts(inline, corpus, edited);
    const inThread = await inline.call('draft.exportComparison', { ...inlineRef, older: 1, newer: 2, author: 'A' });
    // The same file but for the date of the changes (draft 2 of each server was made at its own time).
    const xml = (f: { dataBase64: string }) => unzipDocx(new Uint8Array(Buffer.from(f.dataBase64, 'base64')))['word/document.xml'].replace(/w:date="[^"]*"/g, 'w:date=""');
    expect(xml(inWorker) === xml(inThread)).toBe(true);
    expect(xml(inWorker)).toContain('<w:delText xml:space="preserve">túc,</w:delText>');
  });
});
