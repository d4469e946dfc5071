import { describe, expect, it } from 'vitest';
import { rpc } from '../helpers/rpc.ts';
import { useTestServer } from '../helpers/testServer.ts';

const t = useTestServer();

describe('a local server (no --team)', () => {
  it('has one person, its owner: account.me says local, and account management is forbidden, named', async () => {
    expect(await t.call('account.me', {})).toEqual({ mode: 'local' });
    const list = await rpc(t.server.url, t.server.secret, 'account.list', {});
    expect(list.status).toBe(403);
    expect(list.body.error.code).toBe('forbidden');
    expect(list.body.error.message).toContain('không phải máy chủ nhóm');
    expect(t.server.accounts).toBeNull();
  });

  it('lets its owner call what only drafters or admins may on a team server', async () => {
    const { workspace } = await t.call('workspace.create', { name: 'Đại hội' });
    const { document } = await t.call('document.create', { workspaceId: workspace.id, kind: 'resolution', title: 'Nghị quyết' });
    expect(document.title).toBe('Nghị quyết');
    expect((await t.call('draft.freeze', { workspaceId: workspace.id, documentId: document.id, stage: 'subcommittee', author: 'Tổ biên tập', note: '' })).draft.number).toBe(1);
  });

  it('has no sign-in endpoints: they need the access key like every other address', async () => {
    const login = await fetch(`${t.server.url}/api/login`, { method: 'POST', body: JSON.stringify({ name: 'a', password: 'b' }) });
    expect(login.status).toBe(401);
    const team = await fetch(`${t.server.url}/api/team`, { headers: { authorization: `Bearer ${t.server.secret}` } });
    expect(team.status).toBe(404);
  });
});
