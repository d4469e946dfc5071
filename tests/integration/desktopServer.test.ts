import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openWorkspaceFile } from '../../main/electron/openWorkspaceFile.ts';
import { startServerProcess } from '../../main/electron/serverProcess.ts';
import { WorkspaceStore } from '../../main/storage/WorkspaceStore.ts';
import { call, rpc } from '../helpers/rpc.ts';
import { tempDir } from '../helpers/tempDir.ts';

// Only Electron is replaced: its utilityProcess by a real Node process running the real entry.
const fake = await vi.hoisted(async () => {
  const { nodeUtilityProcess } = await import('../helpers/nodeUtilityProcess.ts');
  return { utilityProcess: nodeUtilityProcess(), dialog: { showOpenDialog: vi.fn(), showErrorBox: vi.fn() } };
});
vi.mock('electron', () => ({ utilityProcess: fake.utilityProcess, dialog: fake.dialog }));

const ENTRY = fileURLToPath(new URL('../../main/electron/serverEntry.ts', import.meta.url));
const INDEX_HTML = '<!doctype html><title>Văn Kiện Studio</title>';

let dir: ReturnType<typeof tempDir>;
let rendererDir: string;

beforeEach(() => {
  dir = tempDir('vankien-desktop-');
  rendererDir = join(dir.path, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), INDEX_HTML);
});
afterEach(async () => {
  await Promise.all(fake.utilityProcess.started.splice(0).map((child) => child.end()));
  vi.resetAllMocks();
  dir.remove();
});

const launch = (dataDir = join(dir.path, 'data')) => startServerProcess(ENTRY, dataDir, rendererDir);

describe('the desktop workspace server process', () => {
  it('listens on 127.0.0.1 at a free port, in its own process, with a fresh secret for every launch', async () => {
    const [a, b] = await Promise.all([launch(join(dir.path, 'a')), launch(join(dir.path, 'b'))]);
    for (const server of [a, b]) {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(Number(new URL(server.url).port)).toBeGreaterThan(0);
      expect(server.secret).toMatch(/^[\w-]{32}$/);
    }
    expect(a.url).not.toBe(b.url);
    expect(a.secret).not.toBe(b.secret);
    expect(fake.utilityProcess.started.map((p) => p.child.pid)).not.toContain(process.pid);
    expect((await rpc(a.url, b.secret, 'workspace.list', {})).status).toBe(401);
  });

  it('answers RPC with the launch secret and refuses it without', async () => {
    const server = await launch();
    expect(await call(server.url, server.secret, 'workspace.list', {})).toMatchObject({ workspaces: [], dataDir: join(dir.path, 'data') });
    const refused = await rpc(server.url, null, 'workspace.list', {});
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe('unauthorized');
  });

  it('keeps workspaces in the data folder it was given and serves the renderer folder to the session cookie', async () => {
    const dataDir = join(dir.path, 'Dữ liệu Văn Kiện');
    const server = await launch(dataDir);
    const { workspace } = await call(server.url, server.secret, 'workspace.create', { name: 'Đại hội XVII' });
    expect((await call(server.url, server.secret, 'workspace.list', {})).dataDir).toBe(dataDir);
    expect(existsSync(join(dataDir, `${workspace.id}.vkws`))).toBe(true);
    const page = await fetch(`${server.url}/`, { headers: { cookie: `${server.cookieName}=${encodeURIComponent(server.secret)}` } });
    expect(page.status).toBe(200);
    expect(await page.text()).toBe(INDEX_HTML);
  });

  it('ends the server process on stop()', async () => {
    const server = await launch();
    const [child] = fake.utilityProcess.started;
    const exited = once(child, 'exit');
    server.stop();
    await exited;
    expect(child.exitCode).not.toBeNull();
    await expect(fetch(`${server.url}/api/rpc/workspace.list`, { method: 'POST' })).rejects.toThrow();
  });

  it('rejects with a Vietnamese sentence naming the data folder when that is a file', async () => {
    const file = join(dir.path, 'not a folder');
    writeFileSync(file, 'tệp thường');
    await expect(launch(file)).rejects.toThrow(`Hãy kiểm tra thư mục dữ liệu ${file}: đó phải là một thư mục bạn được ghi vào.`);
    expect(readFileSync(file, 'utf8')).toBe('tệp thường');
  });

  it('rejects rather than waiting forever when the entry dies before it listens', async () => {
    await expect(launch('')).rejects.toThrow('Máy chủ không gian làm việc dừng đột ngột (mã 1).');
    expect(fake.utilityProcess.started[0].output).toContain('serverEntry needs VANKIEN_SECRET, VANKIEN_DATA and VANKIEN_RENDERER');
  });
});

describe('File > Mở tệp không gian làm việc… against the desktop server', () => {
  const fakeWindow = () => ({ loadURL: vi.fn(async (_url: string) => {}) });
  const asWindow = (window: ReturnType<typeof fakeWindow>) => window as unknown as Parameters<typeof openWorkspaceFile>[0];

  it('adds the chosen workspace file to the list and shows it in the window', async () => {
    const path = join(dir.path, 'Gop y phuong.vkws');
    WorkspaceStore.create(path, 'Góp ý của Đảng bộ phường').close();
    const server = await launch();
    fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] });
    const window = fakeWindow();
    await openWorkspaceFile(asWindow(window), server);
    const { workspaces } = await call(server.url, server.secret, 'workspace.list', {});
    expect(workspaces.map((w: { name: string }) => w.name)).toEqual(['Góp ý của Đảng bộ phường']);
    expect(window.loadURL).toHaveBeenCalledWith(`${server.url}/#/w/${encodeURIComponent(workspaces[0].id)}`);
    expect(fake.dialog.showErrorBox).not.toHaveBeenCalled();
  });

  it('shows the server’s sentence for a file that is not a workspace, and leaves the file and the window as they were', async () => {
    const path = join(dir.path, 'not.vkws');
    writeFileSync(path, 'PK\u0003\u0004 một tệp nén chứ không phải không gian làm việc'.repeat(10));
    const before = createHash('sha256').update(readFileSync(path)).digest('hex');
    const server = await launch();
    fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] });
    const window = fakeWindow();
    await openWorkspaceFile(asWindow(window), server);
    expect(fake.dialog.showErrorBox).toHaveBeenCalledWith('Không mở được không gian làm việc', expect.stringContaining('không phải là không gian làm việc Văn Kiện'));
    expect(window.loadURL).not.toHaveBeenCalled();
    expect(createHash('sha256').update(readFileSync(path)).digest('hex')).toBe(before);
    expect((await call(server.url, server.secret, 'workspace.list', {})).workspaces).toEqual([]);
  });
});
