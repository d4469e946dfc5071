import { afterEach, beforeEach, expect, it } from 'vitest';
import { startWorkspaceServer, type RunningServer } from '../../main/server/WorkspaceServer.ts';
import { MAX_LOG_CHARS } from '../../main/log/formatLogLine.ts';
import { setLogSink } from '../../main/log/logger.ts';
import { call, rpc } from '../helpers/rpc.ts';
import { tempDir } from '../helpers/tempDir.ts';

const TEST_WORKER = new URL('../fixtures/jobs/testJobWorker.ts', import.meta.url);
let dir: ReturnType<typeof tempDir>;
let server: RunningServer;
let lines: string[];
let restore: (line: string) => void;

beforeEach(async () => {
  lines = [];
  restore = setLogSink((line) => lines.push(line));
  dir = tempDir();
  // Its workers serve the misbehaving test jobs: "importDocument" there is a bug that quotes its input.
  server = await startWorkspaceServer({ dataDir: dir.path, port: 0, jobs: { script: TEST_WORKER, inlineBelowBytes: 0 } });
});
afterEach(async () => {
  await server.close();
  dir.remove();
  setLogSink(restore);
});

it('logs an internal error as one entry, cut to 2,000 characters, without the access key', async () => {
  const { workspace } = await call(server.url, server.secret, 'workspace.create', { name: 'Nhật ký' });
  const quoted = `GET /?k=${server.secret}\n2026-01-01T00:00:00.000Z INFO [auth] giả mạo\n${'x'.repeat(100_000)}`;
  const reply = await rpc(server.url, server.secret, 'document.import', {
    workspaceId: workspace.id, kind: 'other', fileName: 'loi.txt', dataBase64: Buffer.from(quoted).toString('base64'),
  });
  expect(reply.status).toBe(500);
  expect(reply.body.error.code).toBe('internal');
  const entries = lines.filter((line) => line.includes('[rpc] internal error:'));
  expect(entries).toHaveLength(1);
  const [entry] = entries;
  expect(entry).not.toContain(server.secret);
  expect(entry).toMatch(/…\(cắt \d+ ký tự\)/u);
  expect(entry.length).toBeLessThan(MAX_LOG_CHARS + 200);
  expect(entry.split('\n').slice(1).every((line) => line.startsWith('    '))).toBe(true);
});
