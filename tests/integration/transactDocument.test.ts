import { afterEach, beforeEach, expect, it } from 'vitest';
import { startWorkspaceServer, type RunningServer } from '../../main/server/WorkspaceServer.ts';
import { connectProvider, settled, waitFor } from '../helpers/provider.ts';
import { tempDir } from '../helpers/tempDir.ts';

let dir: ReturnType<typeof tempDir>;
let server: RunningServer;
beforeEach(async () => {
  dir = tempDir();
  server = await startWorkspaceServer({ dataDir: dir.path, port: 0 });
});
afterEach(async () => {
  await server.close();
  dir.remove();
});

it('delivers a server-side edit to connected editors and stores it', async () => {
  const workspace = server.workspaces.create('Sửa từ máy chủ');
  const document = server.workspaces.store(workspace.id).createDocument('other', 'X');
  const editor = connectProvider(server.url, server.secret, workspace.id, document.id);
  await settled(editor.provider);
  await server.sync.transactDocument(workspace.id, document.id, 'test-restore', (ydoc) => ydoc.getText('t').insert(0, 'khôi phục'));
  await waitFor(() => editor.ydoc.getText('t').toString() === 'khôi phục', 5000, 'the edit to reach the editor');
  editor.destroy();
  await server.close();
  server = await startWorkspaceServer({ dataDir: dir.path, port: 0 });
  const again = connectProvider(server.url, server.secret, workspace.id, document.id);
  await settled(again.provider);
  expect(again.ydoc.getText('t').toString()).toBe('khôi phục');
  again.destroy();
});
