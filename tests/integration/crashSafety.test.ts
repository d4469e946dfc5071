import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { connectProvider, settled, waitFor } from '../helpers/provider.ts';
import { call } from '../helpers/rpc.ts';
import { tempDir } from '../helpers/tempDir.ts';

const SECRET = 'crash-test-secret-0123456789';
const CLI = new URL('../../bin/vankien.mjs', import.meta.url).pathname;

/** Starts `vankien serve` in its own process and resolves with its URL. */
async function serve(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [CLI, 'serve', '--data', dataDir, '--port', '0'], {
    env: { ...process.env, VANKIEN_SECRET: SECRET },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  await waitFor(() => /http:\/\/127\.0\.0\.1:\d+/.test(out), 20_000, 'server to print its URL');
  return { child, url: out.match(/http:\/\/127\.0\.0\.1:\d+/)![0] };
}

let dir: ReturnType<typeof tempDir> | undefined;
let child: ChildProcess | undefined;

afterEach(() => {
  child?.kill('SIGKILL');
  dir?.remove();
});

describe('crash safety', () => {
  it('keeps every acknowledged update when the server is killed mid-stream', async () => {
    dir = tempDir();
    let server = await serve(dir.path);
    child = server.child;
    const { workspace } = await call(server.url, SECRET, 'workspace.create', { name: 'Crash' });
    const { document } = await call(server.url, SECRET, 'document.create', { workspaceId: workspace.id, kind: 'other', title: 'Luồng' });
    const writer = connectProvider(server.url, SECRET, workspace.id, document.id);
    await settled(writer.provider);

    const text = writer.ydoc.getText('t');
    let sent = 0;
    let acknowledged = 0;
    writer.provider.on('unsyncedChanges', ({ number }: { number: number }) => {
      if (number === 0) acknowledged = sent; // the server has acked everything sent so far
    });
    const stream = setInterval(() => text.insert(text.length, `[${sent++}]`), 2);
    await waitFor(() => acknowledged >= 150, 30_000, '150 acknowledged edits');
    server.child.kill('SIGKILL'); // edits are still being sent
    await once(server.child, 'exit');
    clearInterval(stream);
    const ackedAtKill = acknowledged;
    writer.destroy();

    server = await serve(dir.path);
    child = server.child;
    const reader = connectProvider(server.url, SECRET, workspace.id, document.id);
    await settled(reader.provider);
    const recovered = reader.ydoc.getText('t').toString();
    for (let i = 0; i < ackedAtKill; i++) expect(recovered).toContain(`[${i}]`);
    expect(ackedAtKill).toBeGreaterThanOrEqual(150);
    reader.destroy();
  });
});
