import { expect, it } from 'vitest';
import { connectProvider, settled, waitFor } from '../helpers/provider.ts';
import { useTestServer } from '../helpers/testServer.ts';
import { plainText, typeText } from '../helpers/yContent.ts';

const env = useTestServer();

it('delivers a server-side edit to connected editors and stores it', async () => {
  const workspace = env.server.workspaces.create('Sửa từ máy chủ');
  const document = env.server.workspaces.store(workspace.id).documents.create('other', 'X');
  const editor = connectProvider(env.server.url, env.server.secret, workspace.id, document.id);
  await settled(editor.provider);
  await env.server.sync.transactDocument(workspace.id, document.id, 'test-restore', (ydoc) => typeText(ydoc, 'khôi phục'));
  await waitFor(() => plainText(editor.ydoc) === 'khôi phục', 5000, 'the edit to reach the editor');
  editor.destroy();
  await env.restart();
  const again = connectProvider(env.server.url, env.server.secret, workspace.id, document.id);
  await settled(again.provider);
  expect(plainText(again.ydoc)).toBe('khôi phục');
  again.destroy();
});
