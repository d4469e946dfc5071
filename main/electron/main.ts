/** The desktop app: wires the server process, the window, IPC and the menu. Nothing else. */
import { app, dialog, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { CertificatePins } from '../services/teamConnect/CertificatePins.ts';
import { TeamConnection } from '../services/teamConnect/TeamConnection.ts';
import { installMenu } from './menu.ts';
import { openWorkspaceFile } from './openWorkspaceFile.ts';
import { registerIpc } from './ipc.ts';
import { startServerProcess, type DesktopServer } from './serverProcess.ts';
import { wireTeamConnection } from './teamDesktop.ts';
import { createMainWindow } from './window.ts';

const dataDir = process.env.VANKIEN_DATA || join(app.getPath('documents'), 'VanKienStudio');
let server: DesktopServer | undefined;

if (!app.requestSingleInstanceLock()) app.quit();
else {
  app.on('second-instance', () => app.focus({ steal: true }));
  app.on('web-contents-created', (_event, contents) => contents.on('will-attach-webview', (e) => e.preventDefault()));
  app.whenReady().then(async () => {
    try {
      const desktop = await startServerProcess(join(__dirname, 'serverEntry.cjs'), dataDir, join(__dirname, '..', 'renderer'));
      server = desktop;
      registerIpc(desktop);
      const connection = new TeamConnection(new CertificatePins(dataDir));
      let window: BrowserWindow | undefined;
      const team = wireTeamConnection(connection, desktop, () => window);
      window = await createMainWindow(desktop, join(__dirname, 'preload.cjs'), () => connection.origin);
      const shown = window;
      team.watch(shown);
      installMenu(dataDir, { openWorkspaceFile: () => void openWorkspaceFile(shown, desktop), connectTeam: team.openDialog, disconnectTeam: team.disconnect });
    } catch (error) {
      dialog.showErrorBox('Văn Kiện Studio không khởi động được', (error as Error).message);
      app.quit();
    }
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => server?.stop());
}
