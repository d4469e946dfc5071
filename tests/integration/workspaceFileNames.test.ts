import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vankien } from '../helpers/cli.ts';
import { rawDatabase } from '../helpers/rawDatabase.ts';
import { rpc } from '../helpers/rpc.ts';
import { useTestServer } from '../helpers/testServer.ts';

const env = useTestServer();

/** A workspace made through the server with one document, and its file. */
async function workspaceFile() {
  const { workspace } = await env.call('workspace.create', { name: 'Dai hoi' });
  await env.call('document.create', { workspaceId: workspace.id, kind: 'other', title: 'Báo cáo' });
  rawDatabase(env.server.workspaces.store(workspace.id)).exec('PRAGMA wal_checkpoint(TRUNCATE)'); // a copy of the file holds it all
  return { id: workspace.id as string, file: join(env.dataDir, `${workspace.id}.vkws`) };
}

describe('workspace files named outside the id rules', () => {
  it('lists a copy named as browsers and Windows name duplicates, "Dai-hoi (1).vkws", as a workspace that opens', async () => {
    const { file } = await workspaceFile();
    copyFileSync(file, join(env.dataDir, 'Dai-hoi (1).vkws'));
    const { status, body } = await rpc(env.server.url, env.server.secret, 'workspace.list', {});
    expect(status).toBe(200);
    expect(body.result.workspaces.map((w: { id: string }) => w.id)).toEqual(['Dai-hoi', 'Dai-hoi (1)']);
    expect(body.result.unreadable).toEqual([]);
    expect((await env.call('document.list', { workspaceId: 'Dai-hoi (1)' })).documents).toHaveLength(1);
  });

  it.each([
    ['in decomposed Unicode (NFD, as older macOS and zips made on a Mac write it)', 'Đại hội'.normalize('NFD'), 'NFC'],
    ['longer than 80 characters', `Dai-hoi-${'x'.repeat(80)}`, '80 ký tự'],
    ['with characters an id may not have', 'Dai-hoi #2', 'đổi tên'],
  ])('lists a file %s as unreadable with how to rename it, and every other workspace as usual', async (_what, base, hint) => {
    const { id, file } = await workspaceFile();
    copyFileSync(file, join(env.dataDir, `${base}.vkws`));
    const { status, body } = await rpc(env.server.url, env.server.secret, 'workspace.list', {});
    expect(status).toBe(200);
    expect(body.result.workspaces.map((w: { id: string }) => w.id)).toEqual([id]);
    expect(body.result.unreadable).toHaveLength(1);
    const [unreadable] = body.result.unreadable;
    expect(unreadable.code).toBe('workspace_name_invalid');
    expect(unreadable.message).toContain('đổi tên');
    expect(unreadable.message).toContain(hint);
    expect(unreadable.message).not.toContain(env.dataDir); // a shared server names no paths

    const cli = vankien('workspace', 'list', '--data', env.dataDir, '--json');
    expect(cli.status).toBe(0);
    expect(cli.json.workspaces.map((w: { id: string }) => w.id)).toEqual([id]);
    expect(cli.json.unreadable.map((u: { code: string }) => u.code)).toEqual(['workspace_name_invalid']);
  });
});
