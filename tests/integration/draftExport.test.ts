import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { CONTENT_FRAGMENT } from '../../shared/document/contentFragment.ts';
import { importFile } from '../../shared/import/index.ts';
import { vankien } from '../helpers/cli.ts';
import { connectProvider, settled, type TestProvider } from '../helpers/provider.ts';
import { rpc } from '../helpers/rpc.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { useTestServer } from '../helpers/testServer.ts';
import { REPORT_HEADER_LINES } from '../fixtures/reportHeader.ts';
import { rawDatabase } from '../helpers/rawDatabase.ts';

/** A report with a 36-HD header that still says "DỰ THẢO LẦN 3" from an earlier round. */
const REPORT = [
  ...REPORT_HEADER_LINES,
  'I. KẾT QUẢ ĐẠT ĐƯỢC',
  '1. Về kinh tế',
  'Tăng trưởng kinh tế bình quân đạt 13%/năm.',
  '(1) Tốc độ tăng trưởng GRDP bình quân 10% trở lên.',
].join('\n');

const env = useTestServer();
let editor: TestProvider | undefined;
afterEach(() => {
  editor?.destroy();
  editor = undefined;
});
type DocJson = { content: { type: string; attrs?: Record<string, unknown>; content?: { text?: string }[] }[] };
const bodyTexts = (doc: DocJson) =>
  doc.content.filter((b) => b.type !== 'header').map((b) => (b.content ?? []).map((c) => c.text ?? '').join(''));

describe('exporting a draft', () => {
  it('gives draft 1 as frozen, stamped "DỰ THẢO LẦN 1", after the working copy has moved on', async () => {
    const { workspace } = await env.call('workspace.create', { name: 'Đại hội' });
    const { document } = await env.call('document.import', {
      workspaceId: workspace.id,
      kind: 'political_report',
      title: 'Báo cáo chính trị',
      fileName: 'bao-cao.txt',
      dataBase64: Buffer.from(REPORT).toString('base64'),
    });
    const ref = { workspaceId: workspace.id, documentId: document.id };
    await env.call('draft.freeze', { ...ref, stage: 'subcommittee', author: 'Tổ biên tập', note: '' });
    const frozen = await env.call('draft.get', { ...ref, side: 1 });

    // The working copy changes after the freeze.
    editor = connectProvider(env.server.url, env.server.secret, workspace.id, document.id);
    await settled(editor.provider);
    const paragraph = editor.ydoc.getXmlFragment(CONTENT_FRAGMENT).get(3) as Y.XmlElement;
    editor.ydoc.transact(() => (paragraph.get(0) as Y.XmlText).insert(0, 'Nhiệm kỳ qua, '), 'test');
    await settled(editor.provider);

    const docx = await env.call('draft.export', { ...ref, number: 1, format: 'docx' });
    expect(docx.fileName).toBe('Báo cáo chính trị - Dự thảo lần 1.docx');
    const back = importFile(Buffer.from(docx.dataBase64, 'base64'), docx.fileName).doc as unknown as DocJson;
    expect(back.content[0].attrs).toMatchObject({ draftLabel: 'DỰ THẢO LẦN 1', docType: 'BÁO CÁO CHÍNH TRỊ', number: 'Số 01-BC/TU' });
    expect(bodyTexts(back)).toEqual(bodyTexts(frozen.doc));
    expect(bodyTexts(back).join('\n')).not.toContain('Nhiệm kỳ qua');

    const txt = await env.call('draft.export', { ...ref, number: 1, format: 'txt' });
    expect(txt.fileName).toBe('Báo cáo chính trị - Dự thảo lần 1.txt');
    const text = Buffer.from(txt.dataBase64, 'base64').toString('utf8');
    expect(text.split('\n')[0]).toBe('DỰ THẢO LẦN 1');
    expect(text).toContain('I. KẾT QUẢ ĐẠT ĐƯỢC');
    expect(text).toContain('(1) Tốc độ tăng trưởng GRDP');

    // The working copy's export is unchanged by all this: no stamp, the new text.
    const working = Buffer.from((await env.call('document.export', { ...ref, format: 'txt' })).dataBase64, 'base64').toString('utf8');
    expect(working).toContain('Nhiệm kỳ qua, Tăng trưởng');
    expect(working.split('\n')[0]).toBe('DỰ THẢO LẦN 3');

    // Every copy taken out is in the audit log.
    const db = rawDatabase(env.server.workspaces.store(workspace.id));
    const exports = db.prepare("SELECT action, details FROM audit_log WHERE action LIKE '%.export' ORDER BY seq").all() as { action: string; details: string }[];
    expect(exports.map((e) => [e.action, JSON.parse(e.details).fileName])).toEqual([
      ['draft.export', 'Báo cáo chính trị - Dự thảo lần 1.docx'],
      ['draft.export', 'Báo cáo chính trị - Dự thảo lần 1.txt'],
      ['document.export', 'Báo cáo chính trị.txt'],
    ]);
  });

  it('says which draft does not exist', async () => {
    const { workspace } = await env.call('workspace.create', { name: 'Trống' });
    const { document } = await env.call('document.create', { workspaceId: workspace.id, kind: 'other', title: 'X' });
    const { status, body } = await rpc(env.server.url, env.server.secret, 'draft.export', { workspaceId: workspace.id, documentId: document.id, number: 4, format: 'docx' });
    expect(status).toBe(404);
    expect(body.error.code).toBe('not_found');
    expect(body.error.message).toContain('Dự thảo lần 4');
  });
});

describe('vankien export --draft', () => {
  it('writes draft N of a document, and refuses a --draft that is not a number', () => {
    const dir = tempDir();
    try {
      const source = join(dir.path, 'bao-cao.txt');
      writeFileSync(source, REPORT);
      vankien('workspace', 'create', 'W', '--data', dir.path);
      const ws = join(dir.path, 'W.vkws');
      expect(vankien('import', source, '--workspace', ws, '--document', 'Báo cáo').status).toBe(0);
      expect(vankien('draft', 'freeze', '--workspace', ws, '--document', 'Báo cáo', '--stage', 'subcommittee', '--author', 'Tổ biên tập').status).toBe(0);
      const out = join(dir.path, 'du-thao-1.txt');
      const done = vankien('export', '--workspace', ws, '--document', 'Báo cáo', '--draft', '1', '--format', 'txt', '--out', out, '--json');
      expect(done.status).toBe(0);
      expect(readFileSync(out, 'utf8').split('\n')[0]).toBe('DỰ THẢO LẦN 1');
      const bad = vankien('export', '--workspace', ws, '--document', 'Báo cáo', '--draft', 'hai', '--out', out, '--json');
      expect(bad.status).toBe(2);
      expect(bad.json.error.code).toBe('bad_request');
      const missing = vankien('export', '--workspace', ws, '--document', 'Báo cáo', '--draft', '2', '--out', out, '--json');
      expect(missing.json.error.code).toBe('not_found');
    } finally {
      dir.remove();
    }
  });
});
