import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createEmptyDocument } from '../../main/services/documents/documentContent.ts';
import { startWorkspaceServer, type RunningServer } from '../../main/server/WorkspaceServer.ts';
import { WorkspaceStore } from '../../main/storage/WorkspaceStore.ts';
import { CORPUS } from '../helpers/cli.ts';
import { rawDatabase } from '../helpers/rawDatabase.ts';
import { rpc } from '../helpers/rpc.ts';
import { fillDisk, mountSmallDisk, type SmallDisk } from '../helpers/smallDisk.ts';
import { tempDir } from '../helpers/tempDir.ts';

let dir: ReturnType<typeof tempDir> | undefined;
let disk: SmallDisk | undefined;
let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  disk?.unmount();
  disk = undefined;
  dir?.remove();
  dir = undefined;
});

/** A server whose data folder is an 8 MB tmpfs (root only), with one workspace. */
async function serverOnSmallDisk() {
  dir = tempDir();
  disk = mountSmallDisk(dir.path);
  server = await startWorkspaceServer({ dataDir: disk.path, port: 0 });
  const call = (method: string, input: unknown) => rpc(server!.url, server!.secret, method, input);
  const { body } = await call('workspace.create', { name: 'Dai hoi' });
  return { call, data: disk.path, workspaceId: body.result.workspace.id as string };
}

/** 450 KB of text: distinct paragraphs of the corpus, so its Yjs update is larger than the room left. */
function bigText(): string {
  const corpus = readFileSync(CORPUS('thong-bao-nhanh-ket-qua-dai-hoi.txt'), 'utf8');
  return Array.from({ length: 8 }, (_, i) => corpus.replace(/\n\n/g, ` (${i})\n\n`)).join('\n\n');
}

describe('a create or import that fails leaves nothing behind', () => {
  it('a new workspace on a full disk: no file is left, the list is as before, and the retry gets the name', async () => {
    const { call, data } = await serverOnSmallDisk();
    const filler = fillDisk(data);
    const failed = await call('workspace.create', { name: 'Second' });
    expect({ status: failed.status, code: failed.body.error?.code }).toEqual({ status: 507, code: 'disk_full' });
    expect(readdirSync(data).filter((f) => f.startsWith('Second'))).toEqual([]);
    const listed = await call('workspace.list', {});
    expect(listed.body.result.unreadable).toEqual([]);
    expect(listed.body.result.workspaces.map((w: { id: string }) => w.id)).toEqual(['Dai-hoi']);
    rmSync(filler);
    const again = await call('workspace.create', { name: 'Second' });
    expect(again.body.result.workspace.id).toBe('Second');
  });

  it('an import with room for the document but not its content: no document is left, and the retry makes one', async () => {
    const { call, data, workspaceId } = await serverOnSmallDisk();
    const text = bigText();
    const input = { workspaceId, kind: 'other', title: 'Bao cao', fileName: 'bao-cao.txt', dataBase64: Buffer.from(text).toString('base64') };
    const filler = fillDisk(data, 150 * 1024);
    const failed = await call('document.import', input);
    expect({ status: failed.status, code: failed.body.error?.code }).toEqual({ status: 507, code: 'disk_full' });
    expect((await call('document.list', { workspaceId })).body.result.documents).toEqual([]);
    rmSync(filler);
    expect((await call('document.import', input)).status).toBe(200);
    expect((await call('document.list', { workspaceId })).body.result.documents.map((d: { title: string }) => d.title)).toEqual(['Bao cao']);
  });
});

describe('a new empty document whose content cannot be stored', () => {
  it('leaves no document row and no audit entry', () => {
    const temp = tempDir();
    try {
      const store = WorkspaceStore.create(join(temp.path, 'w.vkws'), 'W');
      rawDatabase(store).exec("CREATE TEMP TRIGGER fail_update BEFORE INSERT ON doc_updates BEGIN SELECT RAISE(ABORT, 'no room (test)'); END");
      expect(() => createEmptyDocument(store, 'other', 'Trống', 'test')).toThrow('no room');
      expect(store.documents.list()).toEqual([]);
      expect(rawDatabase(store).prepare("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'document.create'").get()).toEqual({ n: 0 });
      store.close();
      expect(existsSync(join(temp.path, 'w.vkws'))).toBe(true);
    } finally {
      temp.remove();
    }
  });
});
