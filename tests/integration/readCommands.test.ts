import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startWorkspaceServer, type RunningServer } from '../../main/server/WorkspaceServer.ts';
import { SCHEMA_VERSION } from '../../main/storage/migrations.ts';
import { makeDamagedWorkspace } from '../fixtures/damagedWorkspace.ts';
import { makeVersion1Workspace } from '../fixtures/olderWorkspace.ts';
import { CORPUS, vankien } from '../helpers/cli.ts';
import { call, rpc } from '../helpers/rpc.ts';
import { tempDir } from '../helpers/tempDir.ts';

let made: ReturnType<typeof tempDir>;
let fresh: ReturnType<typeof tempDir>;
let out: ReturnType<typeof tempDir>;
let server: RunningServer | undefined;
beforeEach(() => {
  made = tempDir();
  fresh = tempDir();
  out = tempDir();
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  for (const d of [made, fresh, out]) d.remove();
});

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const versionOf = (path: string) => readFileSync(path).readUInt32BE(60);
const TEXT = ['Đại hội Đảng bộ thành phố lần thứ XVII, nhiệm kỳ 2025 – 2030.', 'Phát huy truyền thống đoàn kết, đổi mới.'];

/** Every CLI command that only reads a workspace file, with what its output must show. */
function readCommands(file: string, dataDir: string, title: string, drafts: boolean): [string[], (json: any) => void][] {
  const doc = ['--workspace', file, '--document', title];
  return [
    [['workspace', 'list', '--data', dataDir, '--json'], (json) => expect(json.workspaces).toHaveLength(1)],
    [['draft', 'list', ...doc, '--json'], (json) => expect(json.drafts).toHaveLength(drafts ? 2 : 0)],
    [['compare', ...doc, '--drafts', drafts ? '1,2' : 'working,working', '--json'], (json) => expect(json.stats).toBeDefined()],
    [['compare', ...doc, '--drafts', drafts ? '1,working' : 'working,working', '--json'], (json) => expect(json.stats).toBeDefined()],
    [['export', ...doc, '--format', 'txt', '--out', join(out.path, 'working.txt'), '--json'], (json) => expect(json.bytes).toBeGreaterThan(0)],
    ...(drafts ? [[['export', ...doc, '--draft', '1', '--format', 'docx', '--out', join(out.path, 'd1.docx'), '--json'], (json: any) => expect(json.bytes).toBeGreaterThan(0)] as [string[], (json: any) => void]] : []),
  ];
}

describe('commands that only read', () => {
  it('leave no -wal or -shm file beside a workspace in a fresh folder', () => {
    const original = join(made.path, 'W.vkws');
    expect(vankien('workspace', 'create', 'W', '--data', made.path).status).toBe(0);
    expect(vankien('import', CORPUS('thong-bao-nhanh-ket-qua-dai-hoi.txt'), '--workspace', original, '--document', 'Thông báo').status).toBe(0);
    for (let i = 0; i < 2; i++) expect(vankien('draft', 'freeze', '--workspace', original, '--document', 'Thông báo', '--author', 'Tổ biên tập').status).toBe(0);
    const file = join(fresh.path, 'W.vkws');
    renameSync(original, file);
    expect(readdirSync(fresh.path)).toEqual(['W.vkws']);
    for (const [args, check] of readCommands(file, fresh.path, 'Thông báo', true)) {
      const result = vankien(...args);
      expect(result.status, `${args.join(' ')}: ${result.stdout}${result.stderr}`).toBe(0);
      check(result.json);
      expect(readdirSync(fresh.path), args.join(' ')).toEqual(['W.vkws']);
    }
    expect(versionOf(file)).toBe(SCHEMA_VERSION);
  });

  it('list a folder with a damaged file, naming it in Vietnamese with SQLite’s text as detail, and leave nothing beside it', () => {
    const file = join(fresh.path, 'hong.vkws');
    makeDamagedWorkspace(file);
    const before = sha(file);
    const list = vankien('workspace', 'list', '--data', fresh.path, '--json');
    expect(list.status).toBe(0);
    expect(list.json.unreadable).toEqual([{ id: 'hong', code: 'workspace_corrupt', message: expect.stringContaining('bị hỏng'), detail: expect.stringMatching(/\S/) }]);
    expect(list.json.unreadable[0].message).not.toContain(list.json.unreadable[0].detail);
    expect(readdirSync(fresh.path)).toEqual(['hong.vkws']);
    expect(sha(file)).toBe(before);
  });

  it('read a version 1 file, and leave it byte for byte as it was, not migrated', () => {
    const file = join(fresh.path, 'cu.vkws');
    makeVersion1Workspace(file, 'Nhiệm kỳ trước', 'Báo cáo chính trị', TEXT);
    const before = sha(file);
    for (const [args, check] of readCommands(file, fresh.path, 'Báo cáo chính trị', false)) {
      const result = vankien(...args);
      expect(result.status, `${args.join(' ')}: ${result.stdout}${result.stderr}`).toBe(0);
      check(result.json);
      expect(readdirSync(fresh.path), args.join(' ')).toEqual(['cu.vkws']);
      expect(sha(file), args.join(' ')).toBe(before);
    }
    expect(readFileSync(join(out.path, 'working.txt'), 'utf8')).toContain(TEXT[1]);
    expect(versionOf(file)).toBe(1);
  });
});

describe('a damaged file on the server', () => {
  it('is listed as unreadable, and a call on it answers a Vietnamese sentence with SQLite’s text as detail', async () => {
    makeDamagedWorkspace(join(fresh.path, 'hong.vkws'));
    server = await startWorkspaceServer({ dataDir: fresh.path, port: 0 });
    const listed = await call(server.url, server.secret, 'workspace.list', {});
    expect(listed.unreadable).toEqual([{ id: 'hong', code: 'workspace_corrupt', message: expect.stringContaining('bị hỏng'), detail: expect.stringMatching(/\S/) }]);
    const { status, body } = await rpc(server.url, server.secret, 'document.list', { workspaceId: 'hong' });
    expect(status).toBe(422);
    expect(body.error).toEqual({ code: 'workspace_corrupt', message: expect.stringContaining('Tệp được giữ nguyên'), detail: listed.unreadable[0].detail });
    expect(body.error.message).not.toContain(body.error.detail);
  });
});

describe('the first write to an older file', () => {
  it('in the server: listing leaves it alone; the first call that works in it backs it up beside itself, then migrates', async () => {
    const file = join(fresh.path, 'cu.vkws');
    makeVersion1Workspace(file, 'Nhiệm kỳ trước', 'Báo cáo chính trị', TEXT);
    const before = sha(file);
    server = await startWorkspaceServer({ dataDir: fresh.path, port: 0 });
    const listed = await call(server.url, server.secret, 'workspace.list', {});
    expect(listed.workspaces).toEqual([expect.objectContaining({ id: 'cu', name: 'Nhiệm kỳ trước', documentCount: 1 })]);
    expect((await call(server.url, server.secret, 'workspace.get', { workspaceId: 'cu' })).workspace.documentCount).toBe(1);
    expect(sha(file)).toBe(before);
    expect(readdirSync(fresh.path).filter((f) => f.startsWith('cu.'))).toEqual(['cu.vkws']);

    await call(server.url, server.secret, 'document.create', { workspaceId: 'cu', kind: 'resolution', title: 'Nghị quyết' });
    expect(versionOf(file)).toBe(SCHEMA_VERSION);
    const backups = readdirSync(fresh.path).filter((f) => /^cu\.vkws\.bak-v1-.+/.test(f));
    expect(backups).toHaveLength(1);
    const backup = new DatabaseSync(join(fresh.path, backups[0]), { readOnly: true });
    expect(backup.prepare('PRAGMA user_version').get()).toEqual({ user_version: 1 });
    expect(backup.prepare('SELECT title FROM documents').all()).toEqual([{ title: 'Báo cáo chính trị' }]);
    backup.close();
    const { documents } = await call(server.url, server.secret, 'document.list', { workspaceId: 'cu' });
    expect(documents.map((d: { title: string }) => d.title)).toEqual(['Báo cáo chính trị', 'Nghị quyết']);
  });

  it('from the CLI: import backs it up beside itself, then migrates it', () => {
    const file = join(fresh.path, 'cu.vkws');
    makeVersion1Workspace(file, 'Nhiệm kỳ trước', 'Báo cáo chính trị', TEXT);
    expect(vankien('import', CORPUS('noi-bat-dai-hoi.txt'), '--workspace', file, '--document', 'Nổi bật').status).toBe(0);
    expect(versionOf(file)).toBe(SCHEMA_VERSION);
    expect(readdirSync(fresh.path).filter((f) => f !== 'cu.vkws')).toEqual([expect.stringMatching(/^cu\.vkws\.bak-v1-/)]);
    expect(vankien('draft', 'list', '--workspace', file, '--document', 'Nổi bật', '--json').json).toEqual({ drafts: [], checkpoints: [] });
  });
});
