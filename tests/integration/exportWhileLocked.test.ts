import { afterEach, describe, expect, it } from 'vitest';
import { holdWriteLock, type HeldLock } from '../helpers/holdWriteLock.ts';
import { rpc } from '../helpers/rpc.ts';
import { useTestServer } from '../helpers/testServer.ts';

const env = useTestServer();
let lock: HeldLock | undefined;
afterEach(async () => {
  await lock?.release();
  lock = undefined;
});

describe('exporting while another program holds the write lock', () => {
  it.each([
    ['the working copy', 'document.export', {}],
    ['a draft', 'draft.export', { number: 1 }],
  ] as const)('refuses %s, saying it could not be recorded in the audit log and so was not given out, and exports once the lock is gone', async (_what, method, extra) => {
    const { workspace } = await env.call('workspace.create', { name: 'Đại hội' });
    const { document } = await env.call('document.create', { workspaceId: workspace.id, kind: 'other', title: 'Báo cáo' });
    await env.call('draft.freeze', { workspaceId: workspace.id, documentId: document.id, stage: 'subcommittee', author: 'A', note: '' });
    const input = { workspaceId: workspace.id, documentId: document.id, format: 'txt', ...extra };
    lock = await holdWriteLock(env.server.workspaces.store(workspace.id).path);
    const refused = await rpc(env.server.url, env.server.secret, method, input);
    expect({ status: refused.status, code: refused.body.error?.code }).toEqual({ status: 423, code: 'storage_locked' });
    const message: string = refused.body.error.message;
    expect(message).toMatch(/^Chưa xuất được/);
    expect(message).toContain('nhật ký');
    expect(message).toContain('chưa được trao ra');
    expect(message).toContain('khi chương trình đó đóng tệp');
    expect(message).not.toContain('Chưa lưu được');
    await lock.release();
    lock = undefined;
    expect((await rpc(env.server.url, env.server.secret, method, input)).status).toBe(200);
  });
});
