import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCK_FILE, OS_LOCK_FILE } from '../../main/server/DataFolderLock.ts';
import { SERVER_ID_FILE } from '../../main/server/serverCookieName.ts';
import { startWorkspaceServer } from '../../main/server/WorkspaceServer.ts';
import { call } from '../helpers/rpc.ts';
import { SERVE_SECRET, startServe, type ServeProcess } from '../helpers/serveChild.ts';
import { tempDir } from '../helpers/tempDir.ts';

let dir: ReturnType<typeof tempDir>;
const started: ServeProcess[] = [];

async function serve(): Promise<ServeProcess> {
  const server = await startServe(dir.path);
  started.push(server);
  return server;
}

afterEach(async () => {
  for (const server of started.splice(0)) await server.stop('SIGKILL');
  dir.remove();
});

/** `<device>:<inode>` of a folder's OS lock file, as a holder records it. */
function osLockIdOf(dataDir: string): string {
  const { dev, ino } = statSync(join(dataDir, OS_LOCK_FILE));
  return `${dev}:${ino}`;
}

/** The pid of a process that has exited and been reaped: certainly not alive. */
function deadPid(): number {
  const result = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(result.stdout);
}

describe('one server per data folder', () => {
  it('refuses a second vankien serve on the same folder, saying who holds it, while the first keeps serving', async () => {
    dir = tempDir();
    const first = await serve();
    expect(first.url).not.toBeNull();
    const second = await serve();
    expect(second.url).toBeNull();
    expect(second.exitCode).toBe(2);
    const said = second.stderr();
    expect(said).toContain('data_folder_locked');
    expect(said).toContain(`Thư mục dữ liệu ${dir.path} đang được một máy chủ Văn Kiện khác dùng`);
    expect(said).toContain(`tiến trình ${first.child.pid} của người dùng ${userInfo().username}`);
    expect(said).toContain(`tại ${first.url}`);
    expect(said).toContain('Hãy dùng máy chủ đó, hoặc dừng nó trước.');
    expect(said).not.toContain('xoá tệp'); // a live holder is not to be deleted
    const { workspace } = await call(first.url!, SERVE_SECRET, 'workspace.create', { name: 'Vẫn chạy' });
    expect(workspace.name).toBe('Vẫn chạy');
  });

  it('lets exactly one of three servers started at once take the folder, even from a stale lock file', async () => {
    dir = tempDir();
    // Each racer finds the stale file; the OS-level lock is what keeps two from both replacing it.
    writeFileSync(join(dir.path, LOCK_FILE), JSON.stringify({ pid: deadPid(), host: hostname(), user: 'ai đó', startedAt: '2025-01-01T00:00:00Z', url: null }));
    const racers = await Promise.all([serve(), serve(), serve()]);
    const winners = racers.filter((r) => r.url !== null);
    expect(winners).toHaveLength(1);
    for (const loser of racers.filter((r) => r.url === null)) expect(loser.stderr()).toContain('data_folder_locked');
    expect(JSON.parse(readFileSync(join(dir.path, LOCK_FILE), 'utf8')).pid).toBe(winners[0].child.pid);
  });

  it('releases the folder on SIGTERM and SIGINT: the lock file is gone and the next server starts', async () => {
    dir = tempDir();
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const server = await serve();
      expect(JSON.parse(readFileSync(join(dir.path, LOCK_FILE), 'utf8'))).toMatchObject({ pid: server.child.pid, host: hostname(), url: server.url });
      await server.stop(signal);
      expect(readdirSync(dir.path).sort()).toEqual([OS_LOCK_FILE, SERVER_ID_FILE].sort()); // no lock file, no -journal; the server's id is kept

    }
    expect((await serve()).url).not.toBeNull();
  });

  it('takes over from a holder killed with SIGKILL, whose lock file stayed behind', async () => {
    dir = tempDir();
    const killed = await serve();
    await killed.stop('SIGKILL');
    expect(JSON.parse(readFileSync(join(dir.path, LOCK_FILE), 'utf8')).pid).toBe(killed.child.pid);
    const next = await serve();
    expect(next.url).not.toBeNull();
    expect(JSON.parse(readFileSync(join(dir.path, LOCK_FILE), 'utf8')).pid).toBe(next.child.pid);
  });

  it.each([
    ['names a dead process on this host', () => JSON.stringify({ pid: deadPid(), host: hostname(), user: 'ai đó', startedAt: '2025-01-01T00:00:00Z', url: 'http://127.0.0.1:1' })],
    ['is half written', () => '{"pid": 12'],
    // A live pid of this host that does not hold the OS lock: a reused pid (as the review wrote it by hand)…
    ['names a live process of this host (pid 1)', () => JSON.stringify({ pid: 1, host: hostname(), user: 'root', startedAt: '2026-12-01T00:00:00Z', url: 'x' })],
    // …or a server killed a moment ago and not yet reaped, which locked this very OS lock file.
    ['names a live process that locked this OS lock file', () => JSON.stringify({ pid: process.pid, host: hostname(), user: 'ai đó', startedAt: '2025-01-01T00:00:00Z', url: null, osLock: osLockIdOf(dir.path) })],
  ])('takes over a stale lock file that %s', async (_label, content) => {
    dir = tempDir();
    writeFileSync(join(dir.path, OS_LOCK_FILE), '');
    writeFileSync(join(dir.path, LOCK_FILE), content());
    const server = await serve();
    expect(server.url).not.toBeNull();
    expect(JSON.parse(readFileSync(join(dir.path, LOCK_FILE), 'utf8')).pid).toBe(server.child.pid);
  });

  it('refuses a second server while the first runs, even after the OS lock file was deleted under it', async () => {
    dir = tempDir();
    const first = await serve();
    unlinkSync(join(dir.path, OS_LOCK_FILE)); // the first still holds a lock, on a file no longer there
    const second = await serve();
    expect(second.url).toBeNull();
    expect(second.stderr()).toContain(`tiến trình ${first.child.pid}`);
    const { workspace } = await call(first.url!, SERVE_SECRET, 'workspace.create', { name: 'Vẫn chạy' });
    expect(workspace.name).toBe('Vẫn chạy');
  });

  it('does not take over a lock file from another host, and says how to clear it if that server is gone', async () => {
    dir = tempDir();
    writeFileSync(join(dir.path, LOCK_FILE), JSON.stringify({ pid: 4242, host: 'may-chu-khac', user: 'thuky', startedAt: '2025-01-01T00:00:00Z', url: 'http://10.0.0.5:4600' }));
    const server = await serve();
    expect(server.url).toBeNull();
    expect(server.stderr()).toContain('tiến trình 4242 của người dùng thuky trên máy may-chu-khac');
    expect(server.stderr()).toContain(`xoá tệp ${join(dir.path, LOCK_FILE)}`);
  });

  it('refuses a second server in the same process too, and lets one start again after close', async () => {
    dir = tempDir();
    const first = await startWorkspaceServer({ dataDir: dir.path, port: 0 });
    try {
      await expect(startWorkspaceServer({ dataDir: dir.path, port: 0 })).rejects.toMatchObject({ code: 'data_folder_locked', message: expect.stringContaining(first.url) });
    } finally {
      await first.close();
    }
    const again = await startWorkspaceServer({ dataDir: dir.path, port: 0 });
    await again.close();
    expect(existsSync(join(dir.path, LOCK_FILE))).toBe(false);
  });
});
