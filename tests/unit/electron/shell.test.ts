import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerIpc } from '../../../main/electron/ipc.ts';
import type { DesktopServer } from '../../../main/electron/serverProcess.ts';
import { createMainWindow } from '../../../main/electron/window.ts';
import { FakeWebContents } from '../../helpers/fakeElectron.ts';
import { tempDir } from '../../helpers/tempDir.ts';

const fake = await vi.hoisted(async () => (await import('../../helpers/fakeElectron.ts')).createFakeElectron());
vi.mock('electron', () => fake.electron);

const server: DesktopServer = { url: 'http://127.0.0.1:53124', secret: 'bí-mật-của-lần-chạy-này', cookieName: 'vk_session_0123456789ab', stop: vi.fn() };
const PRELOAD = '/opt/Văn Kiện Studio/resources/app/dist/electron/preload.cjs';

beforeEach(() => fake.reset());

describe('the main window', () => {
  async function open() {
    const window = await createMainWindow(server, PRELOAD);
    expect(fake.windows).toEqual([window]);
    return fake.windows[0];
  }

  it('is isolated, sandboxed and without Node, with the given preload', async () => {
    const window = await open();
    expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false, preload: PRELOAD });
  });

  it('refuses every permission the page asks for or checks', async () => {
    await open();
    const { setPermissionRequestHandler, setPermissionCheckHandler } = fake.electron.session.defaultSession;
    const answer = vi.fn();
    setPermissionRequestHandler.mock.calls[0][0]({}, 'media', answer);
    expect(answer).toHaveBeenCalledExactlyOnceWith(false);
    expect(setPermissionCheckHandler.mock.calls[0][0]({}, 'notifications')).toBe(false);
  });

  it('sets the session cookie for the server, HttpOnly and SameSite strict, before loading the page', async () => {
    const window = await open();
    const { set } = fake.electron.session.defaultSession.cookies;
    expect(set).toHaveBeenCalledExactlyOnceWith({ url: server.url, name: server.cookieName, value: server.secret, httpOnly: true, sameSite: 'strict' });
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith(`${server.url}/`);
    expect(set.mock.invocationCallOrder[0]).toBeLessThan(window.loadURL.mock.invocationCallOrder[0]);
  });

  it.each([
    ['https://www.dangcongsan.vn/', true],
    ['http://example.com/', false],
    ['file:///etc/passwd', false],
    [`${server.url}/#/w/x`, false],
  ])('opens no new window for %s; opens it in the browser: %s', async (url, external) => {
    const window = await open();
    expect(window.webContents.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
    if (external) expect(fake.electron.shell.openExternal).toHaveBeenCalledExactlyOnceWith(url);
    else expect(fake.electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it.each([
    [`${server.url}/#/w/dai-hoi`, false],
    [`${server.url}/?k=1`, false],
    ['http://127.0.0.1:9999/', true],
    ['https://example.com/', true],
    ['file:///etc/passwd', true],
  ])('navigating to %s is prevented: %s', async (url, prevented) => {
    const window = await open();
    expect(window.webContents.dispatch('will-navigate', url).defaultPrevented).toBe(prevented);
  });

  it('prevents attaching a webview', async () => {
    const window = await open();
    expect(window.webContents.dispatch('will-attach-webview', {}, {}).defaultPrevented).toBe(true);
  });

  it('is shown once its page is ready to show, not before', async () => {
    const window = await open();
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledOnce();
  });
});

describe('IPC', () => {
  const frame = (url: string | null) => (url === null ? null : { url });
  const configEvent = (url: string | null) => ({ senderFrame: frame(url), sender: new FakeWebContents(), returnValue: undefined as unknown });
  const config = (event: object) => fake.ipcListeners.get('vankien:config')!(event);
  const printToPdf = (event: object, suggested: unknown) => fake.ipcHandlers.get('vankien:print-to-pdf')!(event, suggested) as Promise<string | null>;

  beforeEach(() => registerIpc(server));

  it('registers exactly the channels the preload uses', () => {
    expect([...fake.ipcListeners.keys(), ...fake.ipcHandlers.keys()].sort()).toEqual(['vankien:config', 'vankien:print-to-pdf']);
  });

  it('gives the server URL and secret to a frame on the server’s origin', () => {
    const event = configEvent(`${server.url}/#/w/dai-hoi`);
    config(event);
    expect(event.returnValue).toEqual({ serverUrl: server.url, secret: server.secret });
  });

  it.each([['http://127.0.0.1:9999/'], ['http://localhost:53124/'], ['devtools://devtools/bundled/x.html'], [null]])(
    'gives frame %s no config (null: its preload exposes no bridge), without throwing in the main process',
    (url) => {
      const event = configEvent(url);
      config(event);
      expect(event.returnValue).toBeNull();
    },
  );

  it('refuses print-to-pdf from an untrusted frame before showing any dialog', async () => {
    const window = new fake.electron.BrowserWindow({});
    const event = { senderFrame: frame('https://example.com/'), sender: window.webContents };
    await expect(printToPdf(event, 'Báo cáo chính trị')).rejects.toThrow('IPC from an untrusted frame refused');
    expect(fake.electron.dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(window.webContents.printToPDF).not.toHaveBeenCalled();
  });

  describe('print-to-pdf from the window', () => {
    let dir: ReturnType<typeof tempDir>;
    beforeEach(() => (dir = tempDir('vankien-pdf-')));
    afterEach(() => dir.remove());

    async function fromWindow(answer: { canceled: boolean; filePath?: string }, suggested: unknown) {
      const window = new fake.electron.BrowserWindow({});
      fake.electron.dialog.showSaveDialog.mockResolvedValueOnce(answer);
      const result = await printToPdf({ senderFrame: frame(`${server.url}/#/w/x/d/y`), sender: window.webContents }, suggested);
      return { window, result };
    }

    it('writes the A4 PDF where the user chose and returns that path', async () => {
      const path = join(dir.path, 'Báo cáo.pdf');
      const { window, result } = await fromWindow({ canceled: false, filePath: path }, 'Báo cáo chính trị / dự thảo');
      expect(result).toBe(path);
      expect(readFileSync(path, 'utf8')).toBe('%PDF-1.7 bản in thử');
      expect(window.webContents.printToPDF).toHaveBeenCalledWith(expect.objectContaining({ pageSize: 'A4' }));
      const [parent, options] = fake.electron.dialog.showSaveDialog.mock.calls[0];
      expect(parent).toBe(window);
      expect(options.defaultPath).toMatch(/\.pdf$/);
      expect(options.defaultPath).not.toContain('/');
    });

    it('prints nothing when the user cancels the dialog', async () => {
      const { window, result } = await fromWindow({ canceled: true }, 'Báo cáo');
      expect(result).toBeNull();
      expect(window.webContents.printToPDF).not.toHaveBeenCalled();
    });
  });
});
