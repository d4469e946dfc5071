import { BrowserWindow, session, shell } from 'electron';
import { navigationWithin, secureWebPreferences, windowOrigins } from './policy.ts';
import type { DesktopServer } from './serverProcess.ts';

/**
 * The one application window, locked to the workspace server's origin and, while the desktop is
 * connected to one, the team server's (`teamOrigin()`, read at each navigation).
 */
export async function createMainWindow(server: DesktopServer, preload: string, teamOrigin: () => string | null = () => null): Promise<BrowserWindow> {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  // The sync socket authenticates with the session cookie, exactly as in a browser.
  await ses.cookies.set({ url: server.url, name: server.cookieName, value: server.secret, httpOnly: true, sameSite: 'strict' });

  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    // Until the page has loaded; then the window follows the page's title ("<document> — Văn Kiện
    // Studio" in the editor, renderer/ui/useWindowTitle.ts): nothing here handles 'page-title-updated'.
    title: 'Văn Kiện Studio',
    show: false,
    webPreferences: secureWebPreferences(preload),
  });
  const contents = window.webContents;
  contents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (!navigationWithin(url, windowOrigins(server.url, teamOrigin()))) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  await window.loadURL(server.url + '/');
  return window;
}
