import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startWorkspaceServer, type RunningServer } from '../../main/server/WorkspaceServer.ts';
import { WorkspaceStore } from '../../main/storage/WorkspaceStore.ts';
import { call, rpc } from '../helpers/rpc.ts';
import { tempDir } from '../helpers/tempDir.ts';

let data: ReturnType<typeof tempDir>;
let elsewhere: ReturnType<typeof tempDir>;
let server: RunningServer;

beforeEach(() => {
  data = tempDir();
  elsewhere = tempDir();
});
afterEach(async () => {
  await server?.close();
  data.remove();
  elsewhere.remove();
});

/** A workspace file made outside the data folder, as a colleague would send it. */
function receivedWorkspace(): string {
  const path = join(elsewhere.path, 'Bao cao gui len.vkws');
  const store = WorkspaceStore.create(path, 'Góp ý của Đảng bộ phường');
  store.documents.create('other', 'Tổng hợp ý kiến');
  store.close();
  return path;
}

describe('opening a workspace file from elsewhere (desktop)', () => {
  it('adds it to the list, keeps it there across restarts, and writes edits to that file', async () => {
    const path = receivedWorkspace();
    server = await startWorkspaceServer({ dataDir: data.path, port: 0, allowLinking: true });
    const { workspace } = await call(server.url, server.secret, 'workspace.link', { path });
    expect(workspace.name).toBe('Góp ý của Đảng bộ phường');
    expect((await call(server.url, server.secret, 'workspace.link', { path })).workspace.id).toBe(workspace.id);
    await call(server.url, server.secret, 'document.create', { workspaceId: workspace.id, kind: 'resolution', title: 'Nghị quyết' });
    await server.close();
    server = await startWorkspaceServer({ dataDir: data.path, port: 0, allowLinking: true });
    const { workspaces } = await call(server.url, server.secret, 'workspace.list', {});
    expect(workspaces.map((w: { id: string }) => w.id)).toContain(workspace.id);
    await server.close();
    const store = WorkspaceStore.open(path);
    expect(store.documents.list().map((d) => d.title)).toEqual(['Tổng hợp ý kiến', 'Nghị quyết']);
    store.close();
  });

  it('refuses a file that is not a workspace and leaves it untouched', async () => {
    server = await startWorkspaceServer({ dataDir: data.path, port: 0, allowLinking: true });
    const path = join(elsewhere.path, 'not.vkws');
    writeFileSync(path, 'PK\u0003\u0004 một tệp nén chứ không phải không gian làm việc'.repeat(10));
    const before = createHash('sha256').update(readFileSync(path)).digest('hex');
    const { status, body } = await rpc(server.url, server.secret, 'workspace.link', { path });
    expect(status).toBe(422);
    expect(body.error.code).toBe('workspace_corrupt');
    expect(createHash('sha256').update(readFileSync(path)).digest('hex')).toBe(before);
    expect((await call(server.url, server.secret, 'workspace.list', {})).workspaces).toEqual([]);
  });

  it('is refused by a shared server (serve), which never opens files by path', async () => {
    server = await startWorkspaceServer({ dataDir: data.path, port: 0 });
    const { status, body } = await rpc(server.url, server.secret, 'workspace.link', { path: receivedWorkspace() });
    expect(status).toBe(403);
    expect(body.error.code).toBe('forbidden');
  });
});
