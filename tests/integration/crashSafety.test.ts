import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isSaved, superviseSync } from '../../renderer/editor/superviseSync.ts';
import { holdWriteLock, type HeldLock } from '../helpers/holdWriteLock.ts';
import { connectProvider, settled, waitFor, type TestProvider } from '../helpers/provider.ts';
import { call } from '../helpers/rpc.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { plainText, typeText } from '../helpers/yContent.ts';

const SECRET = 'crash-test-secret-0123456789';
const CLI = new URL('../../bin/vankien.mjs', import.meta.url).pathname;

/** Starts `vankien serve` in its own process and resolves with its URL. */
async function serve(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [CLI, 'serve', '--data', dataDir, '--port', '0'], {
    env: { ...process.env, VANKIEN_SECRET: SECRET },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  await waitFor(() => /http:\/\/127\.0\.0\.1:\d+/.test(out), 20_000, 'server to print its URL');
  return { child, url: out.match(/http:\/\/127\.0\.0\.1:\d+/)![0] };
}

let dir: ReturnType<typeof tempDir> | undefined;
let child: ChildProcess | undefined;
let lock: HeldLock | undefined;

afterEach(async () => {
  await lock?.release();
  child?.kill('SIGKILL');
  dir?.remove();
});

/**
 * A client typing "[0]", "[1]"… into the document every 2 ms; `acknowledged` is how many of
 * them the client saw acknowledged: all typed so far, whenever the editor would say "Đã lưu"
 * (superviseSync, as the editor's status bar).
 */
function stream(writer: TestProvider) {
  const s = { sent: 0, acknowledged: 0, stop: () => (clearInterval(timer), supervisor.dispose()) };
  const supervisor = superviseSync(writer.provider, (state) => {
    if (isSaved(state)) s.acknowledged = s.sent;
  });
  const timer = setInterval(() => typeText(writer.ydoc, `[${s.sent++}]`), 2);
  return s;
}

async function startWriting() {
  dir = tempDir();
  const server = await serve(dir.path);
  child = server.child;
  const { workspace } = await call(server.url, SECRET, 'workspace.create', { name: 'Crash' });
  const { document } = await call(server.url, SECRET, 'document.create', { workspaceId: workspace.id, kind: 'other', title: 'Luồng' });
  const writer = connectProvider(server.url, SECRET, workspace.id, document.id);
  await settled(writer.provider);
  return { server, writer, workspaceId: workspace.id as string, documentId: document.id as string };
}

/** Kills the server with SIGKILL, starts it again and returns the text a new client reads. */
async function killAndRead(server: { child: ChildProcess }, workspaceId: string, documentId: string): Promise<string> {
  server.child.kill('SIGKILL');
  await once(server.child, 'exit');
  const again = await serve(dir!.path);
  child = again.child;
  const reader = connectProvider(again.url, SECRET, workspaceId, documentId);
  await settled(reader.provider);
  const text = plainText(reader.ydoc);
  reader.destroy();
  return text;
}

describe('crash safety', () => {
  it('keeps every acknowledged update when the server is killed mid-stream', async () => {
    const { server, writer, workspaceId, documentId } = await startWriting();
    const s = stream(writer);
    await waitFor(() => s.acknowledged >= 150, 30_000, '150 acknowledged edits');
    const recovered = await killAndRead(server, workspaceId, documentId); // edits are still being sent
    s.stop();
    const ackedAtKill = s.acknowledged;
    writer.destroy();
    for (let i = 0; i < ackedAtKill; i++) expect(recovered).toContain(`[${i}]`);
    expect(ackedAtKill).toBeGreaterThanOrEqual(150);
  });

  it('keeps every acknowledged update, and acknowledges none while another process holds the lock, with the fault mid-stream', async () => {
    const { server, writer, workspaceId, documentId } = await startWriting();
    const s = stream(writer);
    await waitFor(() => s.acknowledged >= 100, 30_000, '100 acknowledged edits');
    lock = await holdWriteLock(join(dir!.path, `${workspaceId}.vkws`));
    await new Promise((resolve) => setTimeout(resolve, 200)); // acks already on the wire arrive
    const ackedAtLock = s.acknowledged;
    // Longer than the server waits for a lock (3 s): it gives up, closes, the client resends.
    await new Promise((resolve) => setTimeout(resolve, 4000));
    expect(s.acknowledged).toBe(ackedAtLock);
    const sentDuringFault = s.sent;
    await lock.release();
    lock = undefined;
    await waitFor(() => s.acknowledged >= sentDuringFault + 50, 30_000, 'everything typed during the fault, and 50 more, acknowledged');
    const recovered = await killAndRead(server, workspaceId, documentId); // mid-stream again
    s.stop();
    const ackedAtKill = s.acknowledged;
    writer.destroy();
    for (let i = 0; i < ackedAtKill; i++) expect(recovered).toContain(`[${i}]`);
    expect(ackedAtKill).toBeGreaterThan(sentDuringFault);
  });
});
