import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CONTENT_FRAGMENT } from '../../shared/document/contentFragment.ts';
import { CORPUS, vankien } from '../helpers/cli.ts';
import { connectProvider, settled } from '../helpers/provider.ts';
import { call } from '../helpers/rpc.ts';
import { SERVE_SECRET, startServe, type ServeProcess } from '../helpers/serveChild.ts';
import { tempDir } from '../helpers/tempDir.ts';

let dir: ReturnType<typeof tempDir>;
let server: ServeProcess;
afterEach(async () => {
  await server.stop('SIGKILL');
  dir.remove();
});

/** Types `text` into the document's first paragraph, as an editor would. */
function type(ydoc: Y.Doc, text: string): void {
  const paragraph = ydoc.getXmlFragment(CONTENT_FRAGMENT).get(0) as Y.XmlElement;
  const content = paragraph.get(0) as Y.XmlText | undefined;
  if (content) content.insert(content.length, text);
  else paragraph.insert(0, [new Y.XmlText(text)]);
}

describe('CLI commands that write while a server holds the data folder', () => {
  it('write safely beside it, and the server shows their documents and drafts on the next request, without a restart', async () => {
    dir = tempDir();
    server = await startServe(dir.path);
    const url = server.url!;
    const { workspace } = await call(url, SERVE_SECRET, 'workspace.create', { name: 'Đại hội' });
    const { document } = await call(url, SERVE_SECRET, 'document.create', { workspaceId: workspace.id, kind: 'political_report', title: 'Báo cáo chính trị' });
    const editor = connectProvider(url, SERVE_SECRET, workspace.id, document.id);
    await settled(editor.provider);
    type(editor.ydoc, 'Phát huy truyền thống');
    await settled(editor.provider);
    const file = join(dir.path, `${workspace.id}.vkws`);

    const imported = vankien('import', CORPUS('noi-bat-dai-hoi.txt'), '--workspace', file, '--document', 'Nổi bật', '--json');
    expect(imported.status).toBe(0);
    type(editor.ydoc, ' đoàn kết'); // the editor keeps working while the CLI writes
    await settled(editor.provider);
    const frozen = vankien('draft', 'freeze', '--workspace', file, '--document', 'Báo cáo chính trị', '--author', 'Tổ biên tập', '--json');
    expect(frozen.status).toBe(0);

    const { documents } = await call(url, SERVE_SECRET, 'document.list', { workspaceId: workspace.id });
    expect(documents.map((d: { title: string }) => d.title)).toEqual(['Báo cáo chính trị', 'Nổi bật']);
    const { drafts } = await call(url, SERVE_SECRET, 'draft.list', { workspaceId: workspace.id, documentId: document.id });
    expect(drafts.map((d: { number: number }) => d.number)).toEqual([1]);
    // The CLI froze what the server had stored: every edit it had acknowledged.
    const view = await call(url, SERVE_SECRET, 'draft.get', { workspaceId: workspace.id, documentId: document.id, side: 1 });
    expect(JSON.stringify(view)).toContain('Phát huy truyền thống đoàn kết');
    const listed = await call(url, SERVE_SECRET, 'workspace.list', {});
    expect(listed.workspaces[0].documentCount).toBe(2);
    editor.destroy();
  });
});

describe('CLI commands that would write a working copy behind a running server', () => {
  it('refuse `draft restore`, naming the server and saying to restore from the app, write nothing, and restore once the server is gone', async () => {
    dir = tempDir();
    server = await startServe(dir.path);
    const url = server.url!;
    const { workspace } = await call(url, SERVE_SECRET, 'workspace.create', { name: 'Đại hội' });
    const { document } = await call(url, SERVE_SECRET, 'document.create', { workspaceId: workspace.id, kind: 'political_report', title: 'Báo cáo chính trị' });
    const ref = { workspaceId: workspace.id, documentId: document.id };
    const editor = connectProvider(url, SERVE_SECRET, workspace.id, document.id);
    await settled(editor.provider);
    type(editor.ydoc, 'A');
    await settled(editor.provider);
    await call(url, SERVE_SECRET, 'draft.freeze', { ...ref, stage: 'subcommittee', author: 'Tổ biên tập', note: '' });
    type(editor.ydoc, ' B typed after draft 1');
    await settled(editor.provider);
    const file = join(dir.path, `${workspace.id}.vkws`);
    const restore = () => vankien('draft', 'restore', '--workspace', file, '--document', 'Báo cáo chính trị', '--draft', '1', '--author', 'cli', '--json');

    const refused = restore();
    expect(refused.status).not.toBe(0);
    expect(refused.json.error.code).toBe('data_folder_locked');
    expect(refused.json.error.message).toContain(url);
    expect(refused.json.error.message).toContain('trong ứng dụng');
    type(editor.ydoc, ' and more'); // the editor goes on, and nothing it typed is lost
    await settled(editor.provider);
    const working = await call(url, SERVE_SECRET, 'draft.get', { ...ref, side: 'working' });
    expect(working.blocks.map((b: { text: string }) => b.text)).toEqual(['A B typed after draft 1 and more']);
    expect((await call(url, SERVE_SECRET, 'draft.list', ref)).checkpoints).toEqual([]);
    editor.destroy();

    // Killed, the server leaves its lock file behind with a dead pid: that no longer blocks.
    await server.stop('SIGKILL');
    const restored = restore();
    expect({ status: restored.status, restored: restored.json?.restored }).toEqual({ status: 0, restored: true });
  });
});
