import { chmodSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkspaceStore } from '../../main/storage/WorkspaceStore.ts';
import { makeVersion1Workspace } from '../fixtures/olderWorkspace.ts';
import { vankien } from '../helpers/cli.ts';
import { call } from '../helpers/rpc.ts';
import { SERVE_SECRET, startServe, type ServeProcess } from '../helpers/serveChild.ts';
import { tempDir } from '../helpers/tempDir.ts';

let dir: ReturnType<typeof tempDir> | undefined;
let server: ServeProcess | undefined;
afterEach(async () => {
  await server?.stop('SIGKILL');
  server = undefined;
  dir?.remove();
  dir = undefined;
});

const mode = (path: string) => statSync(path).mode & 0o777;

describe('who may read workspace files', () => {
  it('makes a new data folder 0700 and new workspace files, their -wal and -shm 0600, under `serve`, and says nothing of it', async () => {
    dir = tempDir();
    const data = join(dir.path, 'new', 'data');
    server = await startServe(data);
    expect(mode(data)).toBe(0o700);
    const { workspace } = await call(server.url!, SERVE_SECRET, 'workspace.create', { name: 'Đại hội' });
    await call(server.url!, SERVE_SECRET, 'document.create', { workspaceId: workspace.id, kind: 'other', title: 'Báo cáo' });
    const files = readdirSync(data).filter((f) => f.startsWith(workspace.id));
    expect(files.sort()).toEqual([`${workspace.id}.vkws`, `${workspace.id}.vkws-shm`, `${workspace.id}.vkws-wal`]);
    for (const file of files) expect({ file, mode: mode(join(data, file)) }).toEqual({ file, mode: 0o600 });
    expect(server.stdout()).not.toContain('chmod');
  });

  it('makes a data folder 0700 and a workspace file 0600 from the CLI too', () => {
    dir = tempDir();
    const data = join(dir.path, 'cli-data');
    const created = vankien('workspace', 'create', 'Đại hội', '--data', data, '--json');
    expect(created.status).toBe(0);
    expect(mode(data)).toBe(0o700);
    expect(mode(created.json.path)).toBe(0o600);
  });

  it('writes the backup made before a migration 0600', () => {
    dir = tempDir();
    const file = join(dir.path, 'old.vkws');
    makeVersion1Workspace(file, 'Cũ', 'Báo cáo', ['Đoạn một.']);
    chmodSync(file, 0o644);
    WorkspaceStore.open(file).close();
    const backups = readdirSync(dir.path).filter((f) => f.startsWith('old.vkws.bak-'));
    expect(backups).toHaveLength(1);
    expect(mode(join(dir.path, backups[0]))).toBe(0o600);
  });

  it('leaves an existing data folder others can read as it is, and `serve` warns how to close it', async () => {
    dir = tempDir();
    const data = join(dir.path, 'shared-data');
    mkdirSync(data);
    chmodSync(data, 0o755);
    server = await startServe(data);
    expect(mode(data)).toBe(0o755);
    expect(server.stdout()).toContain(`chmod 700 ${data}`);
  });
});
