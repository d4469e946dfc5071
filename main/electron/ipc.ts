import { BrowserWindow, dialog, ipcMain, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron';
import { writeFile } from 'node:fs/promises';
import { pdfFileName, senderAllowed } from './policy.ts';
import type { DesktopServer } from './serverProcess.ts';

/** Registers the IPC handlers; every message from a frame outside the server's origin is refused. */
export function registerIpc(server: DesktopServer): void {
  const guard = (event: IpcMainEvent | IpcMainInvokeEvent) => {
    if (!senderAllowed(event.senderFrame?.url, server.url)) throw new Error('IPC from an untrusted frame refused');
  };
  // A team server's page shown in this window runs the preload too: it gets null (no secret, so
  // no bridge; it talks to its own origin with its cookie), never an exception in the main process.
  ipcMain.on('vankien:config', (event) => {
    event.returnValue = senderAllowed(event.senderFrame?.url, server.url) ? { serverUrl: server.url, secret: server.secret } : null;
  });
  ipcMain.handle('vankien:print-to-pdf', async (event, suggested: unknown) => {
    guard(event);
    const window = BrowserWindow.fromWebContents(event.sender);
    if (!window) return null;
    const { canceled, filePath } = await dialog.showSaveDialog(window, {
      title: 'Lưu bản PDF',
      defaultPath: pdfFileName(typeof suggested === 'string' ? suggested : ''),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    if (canceled || !filePath) return null;
    const pdf = await event.sender.printToPDF({ pageSize: 'A4', printBackground: false });
    await writeFile(filePath, pdf);
    return filePath;
  });
}
