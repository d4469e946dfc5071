import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startWorkspaceServer, type RunningServer } from '../../main/server/WorkspaceServer.ts';
import { WorkspaceStore } from '../../main/storage/WorkspaceStore.ts';
import { CORPUS, vankien } from '../helpers/cli.ts';
import { makeReadOnly } from '../helpers/readOnlyPath.ts';
import { rpc } from '../helpers/rpc.ts';
import { tempDir } from '../helpers/tempDir.ts';

let dir: ReturnType<typeof tempDir>;
let out: ReturnType<typeof tempDir>;
let undo: (() => void)[] = [];
let server: RunningServer | undefined;

beforeEach(() => {
  dir = tempDir();
  out = tempDir();
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  for (const restore of undo.splice(0).reverse()) restore();
  dir.remove();
  out.remove();
});

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** A workspace with one imported document, made while the folder was still writable. */
function workspaceIn(folder: string): string {
  const path = join(folder, 'Đại-hội.vkws');
  WorkspaceStore.create(path, 'Đại hội').close();
  expect(vankien('import', CORPUS('noi-bat-dai-hoi.txt'), '--workspace', path, '--document', 'Nổi bật').status).toBe(0);
  return path;
}

function readOnly(path: string): void {
  undo.push(makeReadOnly(path).restore);
}

/** A permission problem is named as one, never as damage with advice to restore a backup. */
function expectPermissionProblem(error: { code: string; message: string }): void {
  expect(error.code).toBe('storage_readonly');
  expect(error.message).toContain('chỉ cho đọc');
  expect(error.message).toContain('cấp quyền ghi');
  expect(error.message).not.toMatch(/bị hỏng|khôi phục từ bản sao lưu/);
}

describe('a read-only data folder', () => {
  it('is listed and read by the commands that only read, which leave nothing in it', () => {
    const file = workspaceIn(dir.path);
    const before = sha(file);
    readOnly(dir.path);
    const list = vankien('workspace', 'list', '--data', dir.path, '--json');
    expect(list.status).toBe(0);
    expect(list.json).toMatchObject({ workspaces: [{ id: 'Đại-hội', documentCount: 1 }], unreadable: [] });
    expect(vankien('draft', 'list', '--workspace', file, '--document', 'Nổi bật', '--json').json).toEqual({ drafts: [], checkpoints: [] });
    const exported = vankien('export', '--workspace', file, '--document', 'Nổi bật', '--format', 'txt', '--out', join(out.path, 'x.txt'), '--json');
    expect(exported.status).toBe(0);
    expect(exported.json.warnings[0]).toContain('chưa được ghi vào nhật ký');
    expect(readFileSync(join(out.path, 'x.txt'), 'utf8')).toMatch(/\S/);
    expect(readdirSync(dir.path)).toEqual(['Đại-hội.vkws']);
    expect(sha(file)).toBe(before);
  });

  it('refuses a command that writes with storage_readonly, and leaves the file as it was', () => {
    const file = workspaceIn(dir.path);
    const before = sha(file);
    readOnly(dir.path);
    for (const args of [
      ['import', CORPUS('noi-bat-dai-hoi.txt'), '--workspace', file, '--document', 'Lần hai', '--json'],
      ['draft', 'freeze', '--workspace', file, '--document', 'Nổi bật', '--author', 'Tổ biên tập', '--json'],
      ['workspace', 'create', 'Mới', '--data', dir.path, '--json'],
    ]) {
      const result = vankien(...args);
      expect(result.status, args.join(' ')).toBe(2);
      expectPermissionProblem(result.json.error);
      expect(result.json.error.detail).toMatch(/EROFS|EACCES|readonly|read-only/i);
    }
    expect(sha(file)).toBe(before);
    expect(readdirSync(dir.path)).toEqual(['Đại-hội.vkws']);
  });

  it('is refused by vankien serve as a permission problem, saying to choose another folder', () => {
    workspaceIn(dir.path);
    readOnly(dir.path);
    const result = vankien('serve', '--data', dir.path, '--port', '0');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('storage_readonly');
    expect(result.stderr).toContain(`Không ghi được vào thư mục dữ liệu ${dir.path}`);
    expect(result.stderr).toContain('--data');
  });
});

describe('a read-only workspace file in a writable data folder', () => {
  it('is listed by the server, and opening it to work in says it cannot be written', async () => {
    const file = workspaceIn(dir.path);
    const before = sha(file);
    readOnly(file);
    server = await startWorkspaceServer({ dataDir: dir.path, port: 0 });
    const listed = await rpc(server.url, server.secret, 'workspace.list', {});
    expect(listed.body.result).toMatchObject({ workspaces: [{ id: 'Đại-hội', name: 'Đại hội', documentCount: 1 }], unreadable: [] });
    const opened = await rpc(server.url, server.secret, 'document.create', { workspaceId: 'Đại-hội', kind: 'other', title: 'Không ghi được' });
    expect(opened.status).toBe(503);
    expectPermissionProblem(opened.body.error);
    expect(sha(file)).toBe(before);
    expect(readdirSync(dir.path).filter((f) => f.startsWith('Đại-hội'))).toEqual(['Đại-hội.vkws']); // no -wal/-shm from the listing
  });
});
