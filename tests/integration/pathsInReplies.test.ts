import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startWorkspaceServer, type RunningServer } from '../../main/server/WorkspaceServer.ts';
import { rpc } from '../helpers/rpc.ts';
import { tempDir } from '../helpers/tempDir.ts';

let dir: ReturnType<typeof tempDir>;
let server: RunningServer;

afterEach(async () => {
  await server.close();
  dir.remove();
});

/** A data folder with a damaged file and a folder named like a workspace, on a server of the given kind. */
async function serverWithBrokenFiles(allowLinking: boolean): Promise<void> {
  dir = tempDir();
  writeFileSync(join(dir.path, 'hong.vkws'), 'không phải cơ sở dữ liệu');
  mkdirSync(join(dir.path, 'thu-muc.vkws'));
  server = await startWorkspaceServer({ dataDir: dir.path, port: 0, allowLinking });
}

async function replies(): Promise<string[]> {
  const calls: [string, unknown][] = [
    ['workspace.list', {}],
    ['workspace.get', { workspaceId: 'thu-muc' }],
    ['workspace.get', { workspaceId: 'hong' }],
    ['document.list', { workspaceId: 'khong-co' }],
  ];
  return Promise.all(calls.map(async ([method, input]) => JSON.stringify((await rpc(server.url, server.secret, method, input)).body)));
}

describe('absolute paths in RPC replies', () => {
  it('never reach a client of a shared server, in results or in messages', async () => {
    await serverWithBrokenFiles(false);
    const all = await replies();
    for (const body of all) expect(body).not.toContain(dir.path);
    const list = JSON.parse(all[0]).result;
    expect(list.dataDir).toBeUndefined();
    expect(list.unreadable.map((f: { id: string }) => f.id).sort()).toEqual(['hong', 'thu-muc']);
    // The message still names the file, by its base name.
    expect(JSON.parse(all[1]).error.message).toContain('thu-muc.vkws');
  });

  it('reach the desktop owner, whose app shows where the files are', async () => {
    await serverWithBrokenFiles(true);
    const [list, folder] = await replies();
    expect(JSON.parse(list).result.dataDir).toBe(dir.path);
    expect(JSON.parse(folder).error.message).toContain(join(dir.path, 'thu-muc.vkws'));
  });
});
