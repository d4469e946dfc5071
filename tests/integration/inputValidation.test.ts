import { describe, expect, it } from 'vitest';
import { rpc } from '../helpers/rpc.ts';
import { useTestServer } from '../helpers/testServer.ts';

const env = useTestServer();

async function workspace(): Promise<string> {
  return (await env.call('workspace.create', { name: 'Kiểm tra dữ liệu vào' })).workspace.id;
}

/** Calls RPC and expects a 400 `bad_request` whose message contains `words`; checks nothing was written. */
async function expectRefused(method: string, input: unknown, words: string): Promise<void> {
  const { status, body } = await rpc(env.server.url, env.server.secret, method, input);
  expect(status).toBe(400);
  expect(body.error.code).toBe('bad_request');
  expect(body.error.message).toContain(words);
}

describe('input validation over RPC', () => {
  it('says what is wrong in Vietnamese, also where zod words it', async () => {
    const workspaceId = await workspace();
    await expectRefused('document.create', { workspaceId, kind: 'poem', title: 'X' }, 'Tùy chọn không hợp lệ');
    await expectRefused('document.create', { workspaceId, kind: 'poem', title: 'X' }, '(trường kind)');
    await expectRefused('document.create', { workspaceId, kind: 'resolution' }, 'Thiếu tên văn kiện.');
    await expectRefused('document.rename', { workspaceId, documentId: 'abc', title: 'X' }, 'UUID không hợp lệ');
    expect((await env.call('document.list', { workspaceId })).documents).toEqual([]);
  });

  it('checks the length of a title after NFC, and stores it NFC', async () => {
    const workspaceId = await workspace();
    const nfc = 'ệ'.repeat(300);
    const { document } = await env.call('document.create', { workspaceId, kind: 'other', title: nfc.normalize('NFD') });
    expect(document.title).toBe(nfc);
    await expectRefused('document.rename', { workspaceId, documentId: document.id, title: nfc + 'ệ' }, 'Tên văn kiện dài quá 300 ký tự.');
  });

  it('refuses a title with a control character', async () => {
    await expectRefused('document.create', { workspaceId: await workspace(), kind: 'other', title: 'Báo cáo\nchính trị' }, 'ký tự điều khiển');
  });

  it('refuses a workspace name with a bidi override', async () => {
    await expectRefused('workspace.create', { name: 'Đại hội \u202Excod.exe' }, 'ký tự đổi chiều chữ (bidi)');
    expect((await env.call('workspace.list', {})).workspaces).toEqual([]);
  });

  it('refuses a display name with a bidi isolate and keeps the name before', async () => {
    const before = await env.call('identity.me', {});
    await expectRefused('identity.set', { displayName: 'Tổ \u2067biên tập' }, 'Tên hiển thị không được chứa ký tự đổi chiều chữ');
    expect(await env.call('identity.me', {})).toEqual(before);
  });

  it('signs a draft with the person’s own name, not with an author the request names', async () => {
    const workspaceId = await workspace();
    const { document } = await env.call('document.create', { workspaceId, kind: 'other', title: 'Nghị quyết' });
    await env.call('identity.set', { displayName: 'Trần Thị Bình' });
    const { draft } = await env.call('draft.freeze', { workspaceId, documentId: document.id, stage: 'subcommittee', author: 'Người khác' });
    expect(draft.author).toBe('Trần Thị Bình');
  });

  it('refuses a title of zero-width characters only', async () => {
    await expectRefused('document.create', { workspaceId: await workspace(), kind: 'other', title: '\u200B\u200C\u2060' }, 'không chỉ khoảng trắng hay ký tự vô hình');
  });

  it('names invalid base64 in an imported file as such', async () => {
    const workspaceId = await workspace();
    await expectRefused('document.import', { workspaceId, kind: 'other', fileName: 'bao-cao.txt', dataBase64: 'không phải base64!' }, 'Dữ liệu tệp không phải base64 hợp lệ');
    const { document } = await env.call('document.create', { workspaceId, kind: 'other', title: 'Nghị quyết' });
    await expectRefused('draft.import', { workspaceId, documentId: document.id, stage: 'subcommittee', author: 'Tổ biên tập', fileName: 'dt.txt', dataBase64: 'YQ' }, 'Dữ liệu tệp không phải base64 hợp lệ');
    expect((await env.call('document.list', { workspaceId })).documents).toHaveLength(1);
  });
});
