import { dialog, ipcMain, session, type BrowserWindow } from 'electron';
import { TEAM_CHANNELS, TEAM_LEFT, TEAM_OPEN_DIALOG } from '../../shared/teamConnect/teamChannels.ts';
import type { SessionCookieStore, TeamConnection } from '../services/teamConnect/TeamConnection.ts';
import { certificateVerifyResult, navigationWithin, windowOrigins } from './policy.ts';
import type { DesktopServer } from './serverProcess.ts';
import { teamIpcHandlers } from './teamIpc.ts';

/**
 * Wires "Kết nối máy chủ nhóm…" into Electron: the team.* IPC channels, the session's
 * certificate check (a pinned host is accepted with its pinned certificate only; others are
 * Chromium's to judge) and the menu's two actions. The decisions are TeamConnection's. Every way
 * back to the local server leaves the team server the same way (TeamConnection.leave: logout
 * on the server, then forgotten here), and the local page is told how it went (TEAM_LEFT).
 */
export function wireTeamConnection(connection: TeamConnection, server: DesktopServer, window: () => BrowserWindow | undefined) {
  const local = `${server.url}/`;
  const load = (url: string) => {
    const target = window();
    target?.loadURL(url).catch((error: Error) => {
      if (url === local) return;
      void connection.leave(windowSessions);
      dialog.showErrorBox('Không mở được máy chủ nhóm', `${url}\n${error.message}`);
      void target.loadURL(local);
    });
  };
  /** Leaves the team server, shows the local page, then tells it how leaving went. */
  const leaveToLocal = async (then?: (target: BrowserWindow) => void) => {
    const left = await connection.leave(windowSessions);
    const target = window();
    if (!target) return;
    await target.loadURL(local).catch(() => {});
    if (left) target.webContents.send(TEAM_LEFT, left);
    then?.(target);
  };
  const handlers = teamIpcHandlers({ connection, localUrl: server.url, load, useSession: (origin, cookie) => setSessionCookie(origin, cookie), sessions: windowSessions });
  for (const kind of Object.keys(TEAM_CHANNELS) as (keyof typeof TEAM_CHANNELS)[]) {
    ipcMain.handle(TEAM_CHANNELS[kind], (event, payload: unknown) => handlers[kind](event, payload));
  }
  session.defaultSession.setCertificateVerifyProc((request, callback) => {
    const decision = connection.certificateDecision(request.hostname, request.certificate.data, request.verificationResult === 'net::OK');
    callback(certificateVerifyResult(decision));
  });
  return {
    /** Whatever brings the window back to the local server (Tệp > Mở tệp…, a reload) ends the team connection, logged out. */
    watch(target: BrowserWindow): void {
      target.webContents.on('did-navigate', (_event, url: string) => {
        if (connection.origin === null || !navigationWithin(url, windowOrigins(server.url, null))) return;
        void connection.leave(windowSessions).then((left) => left && target.webContents.send(TEAM_LEFT, left));
      });
    },
    /** Tệp > Kết nối máy chủ nhóm…: the local page opens the dialog (back to local mode first). */
    openDialog(): void {
      const target = window();
      if (!target) return;
      if (connection.origin === null) return target.webContents.send(TEAM_OPEN_DIALOG);
      void leaveToLocal((shown) => shown.webContents.send(TEAM_OPEN_DIALOG));
    },
    /** Tệp > Ngắt kết nối máy chủ nhóm: logs out of the team server, then back to the desktop's own workspaces. */
    disconnect(): void {
      void leaveToLocal();
    },
  };
}

/** The team server's session cookie in the window's store, as its Set-Cookie would have made it (HttpOnly, SameSite=Strict, Secure over https). */
async function setSessionCookie(origin: string, cookie: string): Promise<void> {
  const at = cookie.indexOf('=');
  await session.defaultSession.cookies.set({
    url: `${origin}/`,
    name: cookie.slice(0, at),
    value: cookie.slice(at + 1),
    path: '/',
    httpOnly: true,
    secure: origin.startsWith('https:'),
    sameSite: 'strict',
  });
}

/** The window's cookie store, read and cleared by name when leaving a team server. */
const windowSessions: SessionCookieStore = {
  async read(origin, name) {
    const [found] = await session.defaultSession.cookies.get({ url: `${origin}/`, name });
    return found ? `${found.name}=${found.value}` : null;
  },
  remove: (origin, name) => session.defaultSession.cookies.remove(`${origin}/`, name),
};
