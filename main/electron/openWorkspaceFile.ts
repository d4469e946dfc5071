import { dialog, type BrowserWindow } from 'electron';
import type { DesktopServer } from './serverProcess.ts';

/**
 * File > "Mở tệp không gian làm việc…": the user picks a .vkws anywhere on this machine; the
 * server adds it to the list (edits go to that file) and the window shows it. A file that is not
 * a workspace is refused with the server's sentence, and left untouched.
 */
export async function openWorkspaceFile(window: BrowserWindow, server: DesktopServer): Promise<void> {
  const { canceled, filePaths } = await dialog.showOpenDialog(window, {
    title: 'Mở tệp không gian làm việc',
    filters: [{ name: 'Không gian làm việc Văn Kiện', extensions: ['vkws'] }],
    properties: ['openFile'],
  });
  if (canceled || !filePaths[0]) return;
  const response = await fetch(`${server.url}/api/rpc/workspace.link`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.secret}` },
    body: JSON.stringify({ path: filePaths[0] }),
  });
  const body = (await response.json()) as { result?: { workspace: { id: string } }; error?: { message: string } };
  if (!body.result) {
    dialog.showErrorBox('Không mở được không gian làm việc', body.error?.message ?? `Máy chủ trả lời ${response.status}.`);
    return;
  }
  await window.loadURL(`${server.url}/#/w/${encodeURIComponent(body.result.workspace.id)}`);
}
