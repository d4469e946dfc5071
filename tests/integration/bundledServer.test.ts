import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildDocx } from '../fixtures/buildDocx.ts';
import { reportSpec } from '../fixtures/reportDocx.ts';
import { nodeUtilityProcess } from '../helpers/nodeUtilityProcess.ts';
import { call } from '../helpers/rpc.ts';
import { tempDir } from '../helpers/tempDir.ts';

const BUILD = fileURLToPath(new URL('../../main/electron/build.ts', import.meta.url));
const processes = nodeUtilityProcess();
let dir: ReturnType<typeof tempDir>;

beforeAll(() => {
  dir = tempDir('vankien-bundle-');
  execFileSync(process.execPath, [BUILD], { env: { ...process.env, VANKIEN_BUILD_OUT: join(dir.path, 'electron') }, stdio: 'pipe' });
});
afterAll(async () => {
  await Promise.all(processes.started.map((child) => child.end()));
  dir.remove();
});

it('runs large imports in the job worker bundled beside the Electron server entry', async () => {
  expect(existsSync(join(dir.path, 'electron', 'jobWorker.cjs'))).toBe(true);
  const renderer = join(dir.path, 'renderer');
  mkdirSync(renderer);
  writeFileSync(join(renderer, 'index.html'), '<!doctype html>');
  const secret = 'bundled-server-test-secret-000000';
  const child = processes.fork(join(dir.path, 'electron', 'serverEntry.cjs'), [], {
    env: { ...process.env, VANKIEN_SECRET: secret, VANKIEN_DATA: join(dir.path, 'data'), VANKIEN_RENDERER: renderer },
  });
  const [message] = (await once(child, 'message')) as [{ type: string; url: string }];
  expect(message.type, child.output).toBe('listening');
  const { workspace } = await call(message.url, secret, 'workspace.create', { name: 'Gói' });
  const bytes = buildDocx(reportSpec(40_000).spec); // past the inline threshold: it goes to a worker
  const { document } = await call(message.url, secret, 'document.import', {
    workspaceId: workspace.id, kind: 'political_report', fileName: 'bao-cao.docx', dataBase64: Buffer.from(bytes).toString('base64'),
  });
  const exported = await call(message.url, secret, 'document.export', { workspaceId: workspace.id, documentId: document.id, format: 'txt' });
  expect(Buffer.from(exported.dataBase64, 'base64').toString('utf8').length).toBeGreaterThan(100_000);
});
