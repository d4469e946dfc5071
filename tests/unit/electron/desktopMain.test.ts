import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CertificatePins } from '../../../main/services/teamConnect/CertificatePins.ts';
import { fetchServerCertificate } from '../../../main/services/teamConnect/serverCertificate.ts';
import { startWorkspaceServer } from '../../../main/server/WorkspaceServer.ts';
import { TEAM_CHANNELS, TEAM_LEFT, TEAM_OPEN_DIALOG } from '../../../shared/teamConnect/teamChannels.ts';
import { FakeUtilityProcess, FakeWebContents } from '../../helpers/fakeElectron.ts';
import { selfSignedCert } from '../../helpers/selfSignedCert.ts';
import { PASSWORD } from '../../helpers/teamServer.ts';
import { tempDir } from '../../helpers/tempDir.ts';

const fake = await vi.hoisted(async () => (await import('../../helpers/fakeElectron.ts')).createFakeElectron());
vi.mock('electron', () => fake.electron);

// main.ts finds its bundled siblings through __dirname; under Vitest that is main/electron/.
const HERE = fileURLToPath(new URL('../../../main/electron', import.meta.url));
const SERVER_URL = 'http://127.0.0.1:53124';
const DEFAULT_DATA = '/home/người dùng/documents/VanKienStudio';

/** main.ts wires on import, so each test loads a fresh copy against the reset fake. */
async function launchMain(): Promise<void> {
  vi.resetModules();
  await import('../../../main/electron/main.ts');
}

/** The server child posts `message` as soon as main.ts listens to it. */
function serverWillSay(message: object): void {
  fake.electron.utilityProcess.fork.mockImplementationOnce((modulePath: string, _args: string[], options: object) => {
    const child = new FakeUtilityProcess(modulePath, options);
    process.nextTick(() => child.emit('message', message));
    return child;
  });
}

function forkedChild(): FakeUtilityProcess {
  return fake.electron.utilityProcess.fork.mock.results[0].value;
}

function menuItem(label: string): { click(): void } {
  const [template] = fake.electron.Menu.buildFromTemplate.mock.calls[0] as [{ submenu: { label: string; click(): void }[] }[]];
  return template.flatMap((menu) => menu.submenu).find((item) => item.label === label)!;
}

beforeEach(() => {
  fake.reset();
  vi.stubEnv('VANKIEN_DATA', '');
});
afterEach(() => vi.unstubAllEnvs());

describe('the desktop main process', () => {
  it('quits at once, with no server and no window, when another instance holds the lock', async () => {
    fake.electron.app.requestSingleInstanceLock.mockReturnValueOnce(false);
    await launchMain();
    expect(fake.electron.app.quit).toHaveBeenCalledOnce();
    expect(fake.electron.app.whenReady).not.toHaveBeenCalled();
    expect(fake.electron.utilityProcess.fork).not.toHaveBeenCalled();
    expect(fake.windows).toEqual([]);
  });

  it('once ready, starts the bundled server entry on the Documents data folder, then IPC, the window and the menu', async () => {
    serverWillSay({ type: 'listening', url: SERVER_URL, cookieName: 'vk_session_0123456789ab' });
    await launchMain();
    await fake.ready();
    const [entry, , options] = fake.electron.utilityProcess.fork.mock.calls[0] as [string, string[], { env: Record<string, string> }];
    expect(entry).toBe(join(HERE, 'serverEntry.cjs'));
    expect(options.env).toMatchObject({ VANKIEN_DATA: DEFAULT_DATA, VANKIEN_RENDERER: join(HERE, '..', 'renderer') });
    expect([...fake.ipcListeners.keys(), ...fake.ipcHandlers.keys()]).toEqual(['vankien:config', 'vankien:print-to-pdf', ...Object.values(TEAM_CHANNELS)]);
    expect(fake.windows).toHaveLength(1);
    expect(fake.windows[0].options.webPreferences).toMatchObject({ preload: join(HERE, 'preload.cjs'), sandbox: true });
    expect(fake.windows[0].loadURL).toHaveBeenCalledWith(`${SERVER_URL}/`);
    expect(fake.electron.Menu.setApplicationMenu).toHaveBeenCalledOnce();
    expect(fake.electron.app.quit).not.toHaveBeenCalled();
  });

  it('gives the window the secret the server process was started with', async () => {
    serverWillSay({ type: 'listening', url: SERVER_URL, cookieName: 'vk_session_0123456789ab' });
    await launchMain();
    await fake.ready();
    const { VANKIEN_SECRET } = forkedChild().options.env!;
    expect(fake.electron.session.defaultSession.cookies.set).toHaveBeenCalledWith(expect.objectContaining({ url: SERVER_URL, value: VANKIEN_SECRET }));
    const event = { senderFrame: { url: `${SERVER_URL}/` }, sender: fake.windows[0].webContents, returnValue: undefined };
    fake.ipcListeners.get('vankien:config')!(event);
    expect(event.returnValue).toEqual({ serverUrl: SERVER_URL, secret: VANKIEN_SECRET });
  });

  it('uses VANKIEN_DATA as the data folder when it is set, for the server and the menu', async () => {
    vi.stubEnv('VANKIEN_DATA', '/srv/văn-kiện');
    serverWillSay({ type: 'listening', url: SERVER_URL, cookieName: 'vk_session_0123456789ab' });
    await launchMain();
    await fake.ready();
    expect(forkedChild().options.env).toMatchObject({ VANKIEN_DATA: '/srv/văn-kiện' });
    menuItem('Mở thư mục không gian làm việc').click();
    expect(fake.electron.shell.openPath).toHaveBeenCalledWith('/srv/văn-kiện');
  });

  it('asks for a workspace file over the window from File > Mở tệp không gian làm việc…', async () => {
    serverWillSay({ type: 'listening', url: SERVER_URL, cookieName: 'vk_session_0123456789ab' });
    fake.electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    await launchMain();
    await fake.ready();
    menuItem('Mở tệp không gian làm việc…').click();
    expect(fake.electron.dialog.showOpenDialog).toHaveBeenCalledWith(fake.windows[0], expect.objectContaining({ properties: ['openFile'] }));
  });

  it('asks the window for the team dialog from Tệp > Kết nối máy chủ nhóm…', async () => {
    serverWillSay({ type: 'listening', url: SERVER_URL, cookieName: 'vk_session_0123456789ab' });
    await launchMain();
    await fake.ready();
    menuItem('Kết nối máy chủ nhóm…').click();
    expect(fake.windows[0].webContents.send).toHaveBeenCalledExactlyOnceWith(TEAM_OPEN_DIALOG);
    menuItem('Ngắt kết nối máy chủ nhóm').click();
    await vi.waitFor(() => expect(fake.windows[0].loadURL).toHaveBeenCalledTimes(2));
    expect(fake.windows[0].loadURL).toHaveBeenLastCalledWith(`${SERVER_URL}/`);
  });

  it('draws the menu in English on a system in English, with the team items', async () => {
    fake.electron.app.getLocale.mockReturnValue('en-US');
    serverWillSay({ type: 'listening', url: SERVER_URL, cookieName: 'vk_session_0123456789ab' });
    await launchMain();
    await fake.ready();
    menuItem('Connect to a team server…').click();
    expect(fake.windows[0].webContents.send).toHaveBeenCalledExactlyOnceWith(TEAM_OPEN_DIALOG);
    expect(menuItem('Disconnect from the team server')).toBeDefined();
    expect(menuItem('Kết nối máy chủ nhóm…')).toBeUndefined();
  });

  it('signs in with the typed name and password, puts the session cookie in the window’s store, allows the team server in the window only while connected, and ends the connection when the window is back on the local server', async () => {
    serverWillSay({ type: 'listening', url: SERVER_URL, cookieName: 'vk_session_0123456789ab' });
    await launchMain();
    await fake.ready();
    // A loopback http team server needs no certificate.
    const dir = tempDir('vankien-desktop-team-');
    const team = await startWorkspaceServer({ dataDir: dir.path, port: 0, team: { passwordParams: { m: 1024, t: 1, p: 1 } } });
    try {
      await team.accounts!.create('test', { name: 'an', displayName: 'Nguyễn Văn An', password: PASSWORD, role: 'drafter', workspaceId: null });
      const contents = fake.windows[0].webContents;
      const teamPage = `${team.url}/#/w/dai-hoi`;
      expect(contents.dispatch('will-navigate', teamPage).defaultPrevented).toBe(true);
      const local = { senderFrame: { url: `${SERVER_URL}/` } };
      const signIn = fake.ipcHandlers.get(TEAM_CHANNELS.signIn)!;
      const cookies = fake.electron.session.defaultSession.cookies.set;
      const before = cookies.mock.calls.length;
      expect(await signIn(local, { url: team.url, name: 'an', password: 'mật khẩu sai' })).toMatchObject({ error: { code: 'login_failed' } });
      expect(cookies.mock.calls.length).toBe(before);
      expect(await signIn(local, { url: team.url, name: 'an', password: PASSWORD })).toEqual({ result: { origin: team.url, displayName: 'Nguyễn Văn An' } });
      expect(cookies).toHaveBeenLastCalledWith({ url: `${team.url}/`, name: team.sessionCookieName, value: expect.stringMatching(/.{20,}/), path: '/', httpOnly: true, secure: false, sameSite: 'strict' });
      await vi.waitFor(() => expect(fake.windows[0].loadURL).toHaveBeenLastCalledWith(`${team.url}/`));
      expect(contents.dispatch('will-navigate', teamPage).defaultPrevented).toBe(false);
      expect(contents.dispatch('will-navigate', `http://127.0.0.1:${team.port + 1}/`).defaultPrevented).toBe(true);
      const [stored] = await fake.electron.session.defaultSession.cookies.get({ url: `${team.url}/`, name: team.sessionCookieName });
      const check = async () => (await fetch(`${team.url}/api/rpc/session.check`, { method: 'POST', body: '{}', headers: { cookie: `${stored.name}=${stored.value}` } })).status;
      expect(await check()).toBe(200);
      // Back on the local server by another way (Tệp > Mở tệp…, a reload): logged out there too, and the page told.
      contents.emit('did-navigate', {}, `${SERVER_URL}/#/w/khac`);
      await vi.waitFor(() => expect(contents.send).toHaveBeenLastCalledWith(TEAM_LEFT, { origin: team.url, loggedOut: true }));
      expect(contents.dispatch('will-navigate', teamPage).defaultPrevented).toBe(true);
      expect(await check()).toBe(401);
      expect(await fake.electron.session.defaultSession.cookies.get({ url: `${team.url}/`, name: team.sessionCookieName })).toEqual([]);

      // Signed in again, then Tệp > Ngắt kết nối máy chủ nhóm: logout, the local page, then TEAM_LEFT.
      expect(await signIn(local, { url: team.url, name: 'an', password: PASSWORD })).toMatchObject({ result: { origin: team.url } });
      const [again] = await fake.electron.session.defaultSession.cookies.get({ url: `${team.url}/`, name: team.sessionCookieName });
      menuItem('Ngắt kết nối máy chủ nhóm').click();
      await vi.waitFor(() => expect(contents.send).toHaveBeenCalledTimes(2));
      expect(fake.windows[0].loadURL).toHaveBeenLastCalledWith(`${SERVER_URL}/`);
      expect(fake.windows[0].loadURL.mock.invocationCallOrder.at(-1)).toBeLessThan(contents.send.mock.invocationCallOrder.at(-1)!);
      expect(contents.send).toHaveBeenLastCalledWith(TEAM_LEFT, { origin: team.url, loggedOut: true });
      const afterMenu = await fetch(`${team.url}/api/rpc/session.check`, { method: 'POST', body: '{}', headers: { cookie: `${again.name}=${again.value}` } });
      expect(afterMenu.status).toBe(401);
    } finally {
      await team.close();
      dir.remove();
    }
  });

  it("makes the window's certificate check accept a pinned host's pinned certificate only, and leave other hosts to Chromium", async () => {
    const dir = tempDir('vankien-pins-');
    const certs = { a: selfSignedCert(dir.path, 'vankien-a'), b: selfSignedCert(dir.path, 'vankien-b') };
    const team = await startWorkspaceServer({ dataDir: join(dir.path, 'team'), port: 0, team: { passwordParams: { m: 1024, t: 1, p: 1 } }, tls: { cert: certs.a.cert, key: certs.a.key } });
    try {
      new CertificatePins(dir.path).pin(team.url, await fetchServerCertificate(new URL(team.url)));
      vi.stubEnv('VANKIEN_DATA', dir.path);
      serverWillSay({ type: 'listening', url: SERVER_URL, cookieName: 'vk_session_0123456789ab' });
      await launchMain();
      await fake.ready();
      const [verify] = fake.electron.session.defaultSession.setCertificateVerifyProc.mock.calls[0] as [(request: object, callback: (code: number) => void) => void];
      const answer = (hostname: string, pem: Buffer, verificationResult: string) => {
        const callback = vi.fn();
        verify({ hostname, certificate: { data: pem.toString() }, verificationResult }, callback);
        return callback.mock.calls[0][0];
      };
      expect(answer('127.0.0.1', certs.a.cert, 'net::ERR_CERT_AUTHORITY_INVALID')).toBe(0);
      expect(answer('127.0.0.1', certs.b.cert, 'net::ERR_CERT_AUTHORITY_INVALID')).toBe(-2);
      expect(answer('127.0.0.1', certs.b.cert, 'net::OK')).toBe(-2);
      expect(answer('www.dangcongsan.vn', certs.b.cert, 'net::OK')).toBe(-3);
    } finally {
      await team.close();
      dir.remove();
    }
  });

  it('stops the server process when the app quits, and quits when the window is closed', async () => {
    serverWillSay({ type: 'listening', url: SERVER_URL, cookieName: 'vk_session_0123456789ab' });
    await launchMain();
    await fake.ready();
    expect(forkedChild().kill).not.toHaveBeenCalled();
    fake.electron.app.emit('will-quit');
    expect(forkedChild().kill).toHaveBeenCalledOnce();
    fake.electron.app.emit('window-all-closed');
    expect(fake.electron.app.quit).toHaveBeenCalledOnce();
  });

  it('brings the running window forward when the app is launched again', async () => {
    await launchMain();
    fake.electron.app.emit('second-instance');
    expect(fake.electron.app.focus).toHaveBeenCalledWith({ steal: true });
  });

  it('prevents webviews in every web contents the app creates', async () => {
    await launchMain();
    const contents = new FakeWebContents();
    fake.electron.app.emit('web-contents-created', {}, contents);
    expect(contents.dispatch('will-attach-webview', {}, {}).defaultPrevented).toBe(true);
  });

  it('says in Vietnamese why it cannot start, opens no window, and quits, when the server fails', async () => {
    const message = 'Máy chủ không gian làm việc không khởi động được (EEXIST). Hãy kiểm tra thư mục dữ liệu /x: đó phải là một thư mục bạn được ghi vào.';
    serverWillSay({ type: 'error', message });
    await launchMain();
    await fake.ready();
    expect(fake.electron.dialog.showErrorBox).toHaveBeenCalledExactlyOnceWith('Văn Kiện Studio không khởi động được', message);
    expect(fake.windows).toEqual([]);
    expect(fake.electron.app.quit).toHaveBeenCalledOnce();
  });
});
