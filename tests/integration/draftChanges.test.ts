import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CONTENT_FRAGMENT } from '../../shared/document/contentFragment.ts';
import { connectProvider, settled, type TestProvider } from '../helpers/provider.ts';
import { rpc } from '../helpers/rpc.ts';
import { useTestServer } from '../helpers/testServer.ts';

/** `draft.changes` (issue 9): who changed what between any two drafts, from the working copy's history. */
const env = useTestServer();
const editors: TestProvider[] = [];
afterEach(() => editors.splice(0).forEach((e) => e.destroy()));

/** An editor that names its edits as `name`, as the app's editor does (Y.PermanentUserData). */
async function editorAs(ref: { workspaceId: string; documentId: string }, name: string) {
  const editor = connectProvider(env.server.url, env.server.secret, ref.workspaceId, ref.documentId);
  editors.push(editor);
  await settled(editor.provider);
  const pud = new Y.PermanentUserData(editor.ydoc);
  editor.ydoc.transact(() => pud.setUserMapping(editor.ydoc, editor.ydoc.clientID, name));
  const text = (block: number) => (editor.ydoc.getXmlFragment(CONTENT_FRAGMENT).get(block) as Y.XmlElement).get(0) as Y.XmlText;
  return {
    async insert(block: number, at: number, s: string) {
      editor.ydoc.transact(() => text(block).insert(at, s), 'test');
      await settled(editor.provider);
    },
    async remove(block: number, at: number, length: number) {
      editor.ydoc.transact(() => text(block).delete(at, length), 'test');
      await settled(editor.provider);
    },
  };
}

async function report() {
  const { workspace } = await env.call('workspace.create', { name: 'Đại hội' });
  const body = ['Kinh tế tăng trưởng khá.', 'Văn hoá phát triển toàn diện.'].join('\n\n');
  const { document } = await env.call('document.import', { workspaceId: workspace.id, kind: 'political_report', title: 'Báo cáo', fileName: 'bc.txt', dataBase64: Buffer.from(body).toString('base64') });
  return { workspaceId: workspace.id, documentId: document.id };
}
const freeze = (ref: object) => env.call('draft.freeze', { ...ref, stage: 'subcommittee', author: 'Tổ biên tập', note: '' });
type Users = { user: string | null; inserted: string[]; deleted: string[]; insertedChars: number; deletedChars: number }[];
const changes = async (ref: object, from: number, to: number | 'working'): Promise<Users> => (await env.call('draft.changes', { ...ref, from, to })).users;

describe('draft.changes', () => {
  it('names who inserted and deleted what between two drafts, between a draft and now, and across both', async () => {
    const ref = await report();
    await freeze(ref); // draft 1
    const an = await editorAs(ref, 'Nguyễn Văn An');
    await an.insert(0, 0, 'Nhiệm kỳ qua, ');
    const binh = await editorAs(ref, 'Trần Thị Bình');
    await binh.remove(1, 0, 'Văn hoá '.length);
    await freeze(ref); // draft 2
    await an.insert(1, 0, 'Đời sống ');

    expect(await changes(ref, 1, 2)).toEqual([
      { user: 'Nguyễn Văn An', inserted: ['Nhiệm kỳ qua, '], deleted: [], insertedChars: 14, deletedChars: 0 },
      { user: 'Trần Thị Bình', inserted: [], deleted: ['Văn hoá '], insertedChars: 0, deletedChars: 8 },
    ]);
    expect(await changes(ref, 2, 'working')).toEqual([{ user: 'Nguyễn Văn An', inserted: ['Đời sống '], deleted: [], insertedChars: 9, deletedChars: 0 }]);
    const all = await changes(ref, 1, 'working');
    expect(all.find((u) => u.user === 'Nguyễn Văn An')?.inserted).toEqual(['Nhiệm kỳ qua, ', 'Đời sống ']);
    expect(all.find((u) => u.user === 'Trần Thị Bình')?.deleted).toEqual(['Văn hoá ']);
    // Nothing between a draft and the working copy frozen from it unchanged.
    await freeze(ref); // draft 3
    expect(await changes(ref, 3, 'working')).toEqual([]);
  });

  it('refuses, in a sentence, a "to" not after "from", an imported draft, and a draft that does not exist', async () => {
    const ref = await report();
    await freeze(ref);
    await freeze(ref);
    await env.call('draft.import', { ...ref, stage: 'subcommittee', author: 'Văn phòng', note: '', fileName: 'v3.txt', dataBase64: Buffer.from('Một đoạn khác.').toString('base64') });
    const refused = async (input: object) => (await rpc(env.server.url, env.server.secret, 'draft.changes', { ...ref, ...input })).body.error;
    expect(await refused({ from: 2, to: 1 })).toMatchObject({ code: 'bad_request', message: expect.stringContaining('Dự thảo lần 1 không sau Dự thảo lần 2') });
    expect(await refused({ from: 2, to: 2 })).toMatchObject({ code: 'bad_request' });
    expect(await refused({ from: 1, to: 3 })).toMatchObject({ code: 'bad_request', message: expect.stringContaining('Dự thảo lần 3 được nhập từ tệp') });
    expect(await refused({ from: 3, to: 'working' })).toMatchObject({ code: 'bad_request', message: expect.stringContaining('được nhập từ tệp') });
    expect(await refused({ from: 1, to: 9 })).toMatchObject({ code: 'not_found', message: expect.stringContaining('Dự thảo lần 9') });
    expect(await refused({ from: 0, to: 'working' })).toMatchObject({ code: 'bad_request' });
    expect(await refused({ from: 1, to: 'later' })).toMatchObject({ code: 'bad_request' });
  });
});
