import { mkdirSync, readFileSync } from 'node:fs';
import { request } from 'node:https';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamIpcHandlers } from '../../main/electron/teamIpc.ts';
import { CertificatePins, PINS_FILE } from '../../main/services/teamConnect/CertificatePins.ts';
import { TeamConnection } from '../../main/services/teamConnect/TeamConnection.ts';
import type { ServerCertificate } from '../../main/services/teamConnect/serverCertificate.ts';
import { startWorkspaceServer, type RunningServer } from '../../main/server/WorkspaceServer.ts';
import { launchChromium } from '../helpers/browser.ts';
import { RENDERER } from '../helpers/browserServer.ts';
import { selfSignedCert } from '../helpers/selfSignedCert.ts';
import { PASSWORD } from '../helpers/teamServer.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { artifactPath } from '../helpers/artifacts.ts';

/**
 * The dialog in Chromium as the desktop shows it: the local server's page with `window.vankien`
 * as the preload makes it, its team.* calls going (through exposeFunction) to the real IPC
 * handlers and TeamConnection, against a real TLS team server with a self-signed certificate.
 * Only Electron is absent: its certificate check (TeamConnection.certificateDecision, tested in
 * tests/unit/electron) is stood in for by `ignoreHTTPSErrors` once the pin is asserted.
 */
const SECRET = 'bi-mat-cua-lan-chay-thu-0123456789';
let dir: ReturnType<typeof tempDir>;
let local: RunningServer;
let team: RunningServer;
let certs: { a: ReturnType<typeof selfSignedCert>; b: ReturnType<typeof selfSignedCert> };
let browser: Awaited<ReturnType<typeof launchChromium>>;

beforeAll(async () => {
  dir = tempDir('vankien-e2e-team-connect-');
  certs = { a: selfSignedCert(dir.path, 'vankien-nhom'), b: selfSignedCert(dir.path, 'vankien-khac') };
  local = await startWorkspaceServer({ dataDir: join(dir.path, 'local'), port: 0, staticDir: RENDERER, secret: SECRET });
  team = await startWorkspaceServer({ dataDir: join(dir.path, 'team'), port: 0, staticDir: RENDERER, team: { passwordParams: { m: 1024, t: 1, p: 1 } }, tls: { cert: certs.a.cert, key: certs.a.key } });
  await team.accounts!.create('test', { name: 'an', displayName: 'Nguyễn Văn An', password: PASSWORD, role: 'drafter', workspaceId: null });
  await team.accounts!.create('test', { name: 'binh', displayName: 'Trần Thị Bình', password: PASSWORD, role: 'reviewer', workspaceId: null });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await team?.close();
  await local?.close();
  dir?.remove();
});

let desktops = 0;
/** A desktop window on the local server's home page, with its own data folder (pins) and TeamConnection. */
async function desktop(earlierPins: (pins: CertificatePins) => void = () => {}) {
  const pinsDir = join(dir.path, `desktop-${desktops++}`);
  mkdirSync(pinsDir);
  earlierPins(new CertificatePins(pinsDir));
  const connection = new TeamConnection(new CertificatePins(pinsDir));
  const context = await browser.newContext({ viewport: { width: 1100, height: 760 }, ignoreHTTPSErrors: true });
  await context.addCookies([{ url: local.url, name: local.sessionCookieName, value: SECRET, httpOnly: true, sameSite: 'Strict' }]);
  const page = await context.newPage();
  const calls: string[] = [];
  // Electron's cookie store is the context's: what setSessionCookie (main/electron/teamDesktop.ts) does.
  const useSession = async (origin: string, cookie: string) => {
    const at = cookie.indexOf('=');
    await context.addCookies([{ url: `${origin}/`, name: cookie.slice(0, at), value: cookie.slice(at + 1), httpOnly: true, secure: origin.startsWith('https:'), sameSite: 'Strict' }]);
  };
  const sessions = {
    read: async (origin: string, name: string) => {
      const found = (await context.cookies(`${origin}/`)).find((cookie) => cookie.name === name);
      return found ? `${found.name}=${found.value}` : null;
    },
    remove: (origin: string, name: string) => context.clearCookies({ name, domain: new URL(origin).hostname }),
  };
  const ipc = teamIpcHandlers({ connection, localUrl: local.url, load: (url) => void page.goto(url), useSession, sessions });
  const event = () => ({ senderFrame: { url: page.url() } });
  // `calls` records what may reach a server; the dialog's read of its own pin list does not.
  await page.exposeFunction('__teamIpc', (kind: keyof typeof ipc, payload: unknown) => (kind !== 'pinned' && calls.push(kind), ipc[kind](event(), payload)));
  await page.addInitScript(
    ({ serverUrl, secret }) => {
      // What preload.ts exposes, on the local server's pages only (a team page gets no bridge).
      if (location.origin !== serverUrl) return;
      const w = window as unknown as { __teamIpc(kind: string, payload: unknown): Promise<unknown>; __openTeamConnect?: () => void; __teamLeft?: (left: unknown) => void };
      Object.defineProperty(window, 'vankien', {
        value: {
          serverUrl,
          secret,
          platform: 'linux',
          printToPdf: async () => null,
          team: {
            probe: (url: string) => w.__teamIpc('probe', { url }),
            trust: (url: string, fingerprint256: string) => w.__teamIpc('trust', { url, fingerprint256 }),
            signIn: (url: string, name: string, password: string) => w.__teamIpc('signIn', { url, name, password }),
            disconnect: () => w.__teamIpc('disconnect', {}),
            pinned: () => w.__teamIpc('pinned', {}),
            forget: (url: string) => w.__teamIpc('forget', { url }),
            onOpenRequested: (listener: () => void) => void (w.__openTeamConnect = listener),
            onLeft: (listener: (left: unknown) => void) => void (w.__teamLeft = listener),
          },
        },
      });
    },
    { serverUrl: local.url, secret: SECRET },
  );
  await page.goto(`${local.url}/`);
  return { page, context, connection, pinsDir, calls, ipc, event };
}

/**
 * Tệp > Ngắt kết nối máy chủ nhóm, as main/electron/teamDesktop.ts does it: leave (logout on
 * the server, then forgotten), the local page shown again, then told how it went (TEAM_LEFT).
 */
async function disconnectFromMenu(page: Page, ipc: ReturnType<typeof teamIpcHandlers>) {
  // The menu is main's, not a page's: the same leave, asked as from the local origin.
  const reply = (await ipc.disconnect({ senderFrame: { url: `${local.url}/` } }, {})) as { result: unknown };
  await page.waitForURL(`${local.url}/`);
  await expect.poll(() => page.evaluate(() => typeof (window as unknown as { __teamLeft?: unknown }).__teamLeft)).toBe('function');
  await page.evaluate((left) => (window as unknown as { __teamLeft(left: unknown): void }).__teamLeft(left), reply.result);
  return reply.result;
}

/** Tệp > Kết nối máy chủ nhóm…: the main process asks the page (TEAM_OPEN_DIALOG). */
async function openDialog(page: Page) {
  await expect.poll(() => page.evaluate(() => typeof (window as unknown as { __openTeamConnect?: unknown }).__openTeamConnect)).toBe('function');
  await page.evaluate(() => (window as unknown as { __openTeamConnect(): void }).__openTeamConnect());
  await page.getByTestId('team-connect').waitFor();
}

/** Types the address, name and password in the dialog's first step and presses Enter. */
async function fillSignIn(page: Page, url: string, name = 'an', password = PASSWORD) {
  await page.getByTestId('team-url').fill(url);
  await page.getByTestId('team-name').fill(name);
  await page.getByTestId('team-password').fill(password);
  await page.getByTestId('team-password').press('Enter');
}

/** session.check on the TLS team server with `cookie`, trusting its certificate: the status. */
function sessionCheck(cookie: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${team.url}/api/rpc/session.check`, { method: 'POST', ca: certs.a.cert, headers: { cookie, 'content-type': 'application/json', origin: team.url } }, (res) => {
      res.resume();
      resolve(res.statusCode!);
    });
    req.on('error', reject);
    req.end('{}');
  });
}

const focused = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid'));

const focusInDialog = (page: Page) => page.evaluate(() => !!document.activeElement?.closest('[data-testid=team-connect]'));

describe('"Kết nối máy chủ nhóm…" in Chromium against a TLS team server with a self-signed certificate', () => {
  it('says in Vietnamese what is wrong with the address, name or password before asking anything of the desktop, with the password masked, and Escape cancels', async () => {
    const { page, context, calls } = await desktop();
    await openDialog(page);
    const url = page.getByTestId('team-url');
    await expect.poll(() => focused(page)).toBe('team-url');
    expect(await page.getByTestId('team-password').getAttribute('type')).toBe('password');
    expect(await page.locator('[data-testid=team-connect] label').allInnerTexts()).toEqual(['Địa chỉ máy chủ', 'Tên đăng nhập', 'Mật khẩu']);
    await url.press('Enter');
    await expect.poll(() => page.getByTestId('team-error').innerText()).toBe('Hãy nhập địa chỉ máy chủ nhóm, ví dụ https://may-chu:4600.');
    await url.fill('ftp://may-chu');
    await url.press('Enter');
    await expect.poll(() => page.getByTestId('team-error').innerText()).toBe('Địa chỉ máy chủ nhóm phải bắt đầu bằng https://.');
    await url.fill('http://192.168.1.20:4600');
    await url.press('Enter');
    await expect.poll(() => page.getByTestId('team-error').innerText()).toContain('Hãy nhập https://192.168.1.20:4600.');
    await url.fill('https://an:mk@may-chu');
    await url.press('Enter');
    await expect.poll(() => page.getByTestId('team-error').innerText()).toContain('Đừng ghi tên hay mật khẩu');
    expect(await url.getAttribute('aria-invalid')).toBe('true');
    // A good address, then the name, then the password: each missing one is named and focused.
    await url.fill('https://127.0.0.1:1');
    await url.press('Enter');
    await expect.poll(() => page.getByTestId('team-error').innerText()).toBe('Hãy nhập tên đăng nhập của bạn trên máy chủ nhóm.');
    await expect.poll(() => focused(page)).toBe('team-name');
    await page.keyboard.type('an');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('team-error').innerText()).toBe('Hãy nhập mật khẩu.');
    await expect.poll(() => focused(page)).toBe('team-password');
    expect(calls).toEqual([]);
    // Nothing listens there: said by its kind (ECONNREFUSED), in the page's language, on the address.
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('team-error').innerText()).toBe('Máy chủ 127.0.0.1:1 từ chối kết nối: không có chương trình nào nhận kết nối ở cổng này. Hãy kiểm tra địa chỉ, cổng và xem máy chủ nhóm đã chạy chưa.');
    await expect.poll(() => focused(page)).toBe('team-url');
    expect(calls).toEqual(['probe']);
    // An https address answered in plain http (the local server): no TLS, said as such.
    const plain = local.url.replace('http://', 'https://');
    await url.fill(plain);
    await url.press('Enter');
    await expect.poll(() => page.getByTestId('team-error').innerText()).toContain(`Không lập được kết nối an toàn (TLS) với máy chủ ${new URL(plain).host}.`);
    expect(calls).toEqual(['probe', 'probe']);
    await page.keyboard.press('Escape');
    await page.getByTestId('team-connect').waitFor({ state: 'detached' });
    await context.close();
  });

  it('speaks English when the page does', async () => {
    const { page, context } = await desktop();
    await page.evaluate(() => localStorage.setItem('vankien.language', 'en'));
    await page.reload();
    await openDialog(page);
    expect(await page.locator('#team-connect-title').innerText()).toBe('Connect to a team server');
    expect(await page.locator('[data-testid=team-connect] label').allInnerTexts()).toEqual(['Server address', 'User name', 'Password']);
    await page.getByTestId('team-url').fill('http://192.168.1.20:4600');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('team-error').innerText()).toContain('must use https://');
    await page.getByTestId('team-url').fill(team.url);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('team-error').innerText()).toBe('Enter your user name on the team server.');
    // Node's failures are said in English too, by their kind, not in the desktop's Vietnamese.
    await fillSignIn(page, 'https://127.0.0.1:1');
    await expect.poll(() => page.getByTestId('team-error').innerText()).toBe('The server 127.0.0.1:1 refused the connection: nothing is listening on that port. Check the address and port, and that the team server is running.');
    await fillSignIn(page, local.url.replace('http://', 'https://'));
    await expect.poll(() => page.getByTestId('team-error').innerText()).toContain('No secure (TLS) connection could be made with the server 127.0.0.1:');
    expect(await page.getByTestId('team-error').innerText()).not.toMatch(/[ăâđêôơư]/i);
    await fillSignIn(page, team.url);
    await expect.poll(() => page.getByTestId('team-trust').innerText()).toBe('Trust and sign in');
    expect(await page.getByTestId('team-validity').innerText()).toMatch(/^from .+ to .+$/);
    await page.keyboard.press('Escape');
    await page.getByTestId('team-connect').waitFor({ state: 'detached' });
    await context.close();
  });

  it('shows the SHA-256 in groups with subject, issuer and validity, keeps Tab inside, pins it on Enter, and opens the team server signed in with the name and password typed', async () => {
    const { page, context, connection, pinsDir, calls } = await desktop();
    await openDialog(page);
    await page.getByTestId('team-url').fill(team.url);
    await page.getByTestId('team-name').fill('an');
    await page.getByTestId('team-password').fill(PASSWORD);
    await page.getByTestId('team-next').focus();
    await page.screenshot({ path: artifactPath('screenshot-team-connect.png') });
    await page.getByTestId('team-password').press('Enter');
    const fingerprint = page.getByTestId('team-certificate').getByTestId('team-fingerprint');
    await fingerprint.waitFor();
    const groups = await fingerprint.locator('span').allInnerTexts();
    expect(groups).toHaveLength(8);
    expect(groups.join(':')).toBe(certs.a.fingerprint256);
    expect(await page.getByTestId('team-subject').innerText()).toBe('CN=vankien-nhom');
    expect(await page.getByTestId('team-issuer').innerText()).toBe('CN=vankien-nhom');
    expect(await page.getByTestId('team-validity').innerText()).toMatch(/^từ \d{2}:\d{2} \d{1,2}\/\d{1,2}\/\d{4} đến \d{2}:\d{2} \d{1,2}\/\d{1,2}\/\d{4}$/);
    await expect.poll(() => focused(page)).toBe('team-trust');
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      expect(await focusInDialog(page)).toBe(true);
    }
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Shift+Tab');
      expect(await focusInDialog(page)).toBe(true);
    }
    await page.getByTestId('team-trust').focus();
    expect(connection.certificateDecision('127.0.0.1', certs.a.cert.toString(), false)).toBe('default');
    await page.screenshot({ path: artifactPath('screenshot-team-connect-certificate.png') });

    await page.keyboard.press('Enter');
    // The window now shows the team server's own pages, signed in: no second sign-in form.
    await page.waitForURL(`${team.url}/`);
    await expect.poll(() => page.getByTestId('signed-in-as').innerText()).toBe('Đang đăng nhập: Nguyễn Văn An');
    expect(await page.getByTestId('login-form').count()).toBe(0);
    expect(calls).toEqual(['probe', 'trust', 'signIn']);
    const pins = JSON.parse(readFileSync(join(pinsDir, PINS_FILE), 'utf8')) as { pins: { origin: string; fingerprint256: string }[] };
    expect(pins.pins).toEqual([expect.objectContaining({ origin: team.url, fingerprint256: certs.a.fingerprint256 })]);
    expect(readFileSync(join(pinsDir, PINS_FILE), 'utf8')).not.toContain(PASSWORD);
    expect(connection.origin).toBe(team.url);
    // The session cookie is the window's, HttpOnly: the page cannot read it.
    expect(await page.evaluate(() => document.cookie)).not.toContain('vk_session');
    // Electron's certificate check now accepts this certificate for the host, and no other.
    expect(connection.certificateDecision('127.0.0.1', certs.a.cert.toString(), false)).toBe('accept');
    expect(connection.certificateDecision('127.0.0.1', certs.b.cert.toString(), false)).toBe('reject');
    expect(await page.evaluate(() => 'vankien' in window)).toBe(false);
    await context.close();
  });

  it("shows a wrong password's and a rate limit's Vietnamese message from the server in the dialog, empties the password, and asks for no fingerprint again", async () => {
    const { page, context, connection, calls } = await desktop();
    await openDialog(page);
    await fillSignIn(page, team.url, 'binh', 'mật khẩu sai');
    await page.getByTestId('team-trust').waitFor();
    await page.keyboard.press('Enter');
    const error = page.getByTestId('team-error');
    await expect.poll(() => error.innerText().catch(() => '')).toMatch(/mật khẩu/i);
    const wrongMessage = await error.innerText();
    expect(await page.getByTestId('team-password').inputValue()).toBe('');
    expect(await page.getByTestId('team-url').inputValue()).toBe(team.url);
    expect(await page.getByTestId('team-name').inputValue()).toBe('binh');
    await expect.poll(() => focused(page)).toBe('team-password');
    expect(calls).toEqual(['probe', 'trust', 'signIn']);
    expect(connection.origin).toBeNull();
    // The account's limit is 5 failures: four more, then the sixth try is refused with when to try again.
    for (let i = 1; i <= 5; i++) {
      await page.keyboard.type(i < 5 ? `sai ${i}` : PASSWORD);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByTestId('team-password').inputValue()).toBe('');
      await expect.poll(() => focused(page)).toBe('team-password');
    }
    await expect.poll(() => error.innerText()).toContain('Đăng nhập sai quá nhiều lần. Hãy thử lại sau');
    expect(wrongMessage).not.toContain('quá nhiều');
    // The fingerprint was asked once: every try after went straight to the sign-in.
    expect(calls).toEqual(['probe', 'trust', 'signIn', ...Array.from({ length: 5 }, () => ['probe', 'signIn']).flat()]);
    expect(await page.getByTestId('team-trust').count()).toBe(0);
    expect(page.url().startsWith(local.url)).toBe(true);
    await context.close();
  });

  it('pins nothing when the certificate changes between the fingerprint shown and "Tin cậy và đăng nhập", and signs in at once on a pinned server', async () => {
    const other = await startWorkspaceServer({ dataDir: join(dir.path, 'other'), port: 0, staticDir: RENDERER, team: { passwordParams: { m: 1024, t: 1, p: 1 } }, tls: { cert: certs.a.cert, key: certs.a.key } });
    await other.accounts!.create('test', { name: 'an', displayName: 'Nguyễn Văn An', password: PASSWORD, role: 'drafter', workspaceId: null });
    let swapped: RunningServer | undefined;
    try {
      const { page, context, connection, calls } = await desktop();
      await openDialog(page);
      await fillSignIn(page, other.url);
      await page.getByTestId('team-trust').waitFor();
      // Between the look and the yes, the address starts presenting another certificate.
      await other.close();
      swapped = await startWorkspaceServer({ dataDir: join(dir.path, 'other'), port: other.port, staticDir: RENDERER, team: { passwordParams: { m: 1024, t: 1, p: 1 } }, tls: { cert: certs.b.cert, key: certs.b.key } });
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByTestId('team-error').innerText()).toContain('vừa thay đổi sau khi bạn xem vân tay');
      expect(await page.getByTestId('team-url').inputValue()).toBe(other.url);
      expect(calls).toEqual(['probe', 'trust']);
      expect(connection.certificateDecision('127.0.0.1', certs.b.cert.toString(), false)).toBe('default');
      // Looked at again, the new one is shown; once trusted, the next connection needs no question.
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByTestId('team-certificate').getByTestId('team-fingerprint').getAttribute('aria-label')).toBe(certs.b.fingerprint256);
      await page.keyboard.press('Enter');
      await page.waitForURL(`${other.url}/`);
      // Both servers are on 127.0.0.1, and cookies belong to a host, not a port: each server's
      // cookie has its own name, so the team server's session left the local one's in place.
      await page.goto(`${local.url}/`);
      await openDialog(page);
      await fillSignIn(page, other.url);
      await page.waitForURL(`${other.url}/`);
      await expect.poll(() => page.getByTestId('signed-in-as').innerText()).toBe('Đang đăng nhập: Nguyễn Văn An');
      expect(calls).toEqual(['probe', 'trust', 'probe', 'trust', 'signIn', 'probe', 'signIn']);
      await context.close();
    } finally {
      await (swapped ?? other).close(); // closing twice is harmless if the swap itself failed
    }
  });

  it('refuses a server whose certificate is not the pinned one, shows both fingerprints and what to do, sends no password, and offers no way on but to forget the old pin', async () => {
    // This desktop trusted another certificate for the same address earlier.
    const { page, context, connection, calls } = await desktop((pins) => pins.pin(team.url, { fingerprint256: certs.b.fingerprint256, pem: certs.b.cert.toString(), subject: 'CN=vankien-khac' } as ServerCertificate));
    await openDialog(page);
    await fillSignIn(page, team.url.replace('https://', ''));
    const warning = page.getByTestId('team-changed');
    await warning.waitFor();
    expect(await warning.innerText()).toContain('đưa ra một chứng chỉ khác với chứng chỉ bạn đã tin cậy');
    expect(await warning.innerText()).toContain('Quên chứng chỉ đã tin cậy…');
    const shown = await warning.getByTestId('team-fingerprint').evaluateAll((codes) => codes.map((code) => code.getAttribute('aria-label')));
    expect(shown).toEqual([certs.b.fingerprint256, certs.a.fingerprint256]);
    expect(await page.getByTestId('team-trust').count()).toBe(0);
    await page.screenshot({ path: 'tests/.artifacts/team-connect-changed.png' });
    await page.keyboard.press('Enter');
    await page.getByTestId('team-connect').waitFor({ state: 'detached' });
    expect(calls).toEqual(['probe']);
    expect(connection.origin).toBeNull();
    expect(page.url().startsWith(local.url)).toBe(true);
    expect(connection.certificateDecision('127.0.0.1', certs.a.cert.toString(), false)).toBe('reject');
    await context.close();
  });
  it('forgets a pinned certificate from the refusal of a changed one, after a confirmation saying what follows, and the next connection asks again to trust', async () => {
    const { page, context, connection, pinsDir, calls } = await desktop((pins) => pins.pin(team.url, { fingerprint256: certs.b.fingerprint256, pem: certs.b.cert.toString(), subject: 'CN=vankien-khac' } as ServerCertificate));
    await openDialog(page);
    await fillSignIn(page, team.url);
    await page.getByTestId('team-changed').waitFor();
    await page.getByTestId('team-changed-forget').click();
    const question = page.getByTestId('team-forget');
    await question.waitFor();
    expect(await page.locator('#team-connect-title').innerText()).toBe('Quên chứng chỉ đã tin cậy?');
    expect(await question.innerText()).toContain(`thôi tin cậy chứng chỉ đã ghim của máy chủ ${team.url}`);
    expect(await question.innerText()).toContain('Lần kết nối tới máy chủ này, ứng dụng sẽ hỏi lại bạn có tin cậy chứng chỉ máy chủ đưa ra không');
    expect(await question.getByTestId('team-fingerprint').getAttribute('aria-label')).toBe(certs.b.fingerprint256);
    // Nothing is forgotten before the yes.
    expect(connection.pinned().map((pin) => pin.origin)).toEqual([team.url]);
    await expect.poll(() => focused(page)).toBe('team-forget-confirm');
    await page.screenshot({ path: artifactPath('screenshot-team-forget-pin.png') });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('team-forgotten').innerText()).toBe(`Đã quên chứng chỉ của ${team.url}. Lần kết nối tới sẽ hỏi lại bạn có tin cậy chứng chỉ của máy chủ không.`);
    expect(await page.getByTestId('team-pins').count()).toBe(0);
    expect((JSON.parse(readFileSync(join(pinsDir, PINS_FILE), 'utf8')) as { pins: unknown[] }).pins).toEqual([]);
    expect(connection.certificateDecision('127.0.0.1', certs.b.cert.toString(), false)).toBe('default');
    // The next connection asks again, showing what the server presents now.
    await page.getByTestId('team-password').press('Enter');
    await expect.poll(() => page.getByTestId('team-certificate').getByTestId('team-fingerprint').getAttribute('aria-label')).toBe(certs.a.fingerprint256);
    expect(calls).toEqual(['probe', 'forget', 'probe']);
    await context.close();
  });

  it('lists the trusted certificates on the first step; "Huỷ" on the question keeps the pin, "Quên chứng chỉ" forgets it, and the next connection asks again to trust', async () => {
    const { page, context, connection } = await desktop((pins) => pins.pin(team.url, { fingerprint256: certs.a.fingerprint256, pem: certs.a.cert.toString(), subject: 'CN=vankien-nhom' } as ServerCertificate));
    await openDialog(page);
    const pin = page.getByTestId('team-pin');
    await expect.poll(() => pin.getAttribute('data-origin')).toBe(team.url);
    expect(await page.getByTestId('team-pins').innerText()).toContain('Chứng chỉ đã tin cậy');
    await pin.getByTestId('team-pin-forget').click();
    await page.getByTestId('team-forget').waitFor();
    await page.getByTestId('team-forget').getByRole('button', { name: 'Huỷ' }).click();
    await page.getByTestId('team-pin').waitFor();
    expect(connection.pinned().map((p) => p.origin)).toEqual([team.url]);
    await page.getByTestId('team-connect').screenshot({ path: artifactPath('screenshot-team-trusted-certificates.png') });
    await page.getByTestId('team-pin-forget').click();
    await page.getByTestId('team-forget-confirm').click();
    await page.getByTestId('team-forgotten').waitFor();
    expect(await page.getByTestId('team-url').inputValue()).toBe(team.url);
    expect(connection.pinned()).toEqual([]);
    await fillSignIn(page, team.url);
    await page.getByTestId('team-trust').waitFor();
    expect(await page.getByTestId('team-certificate').getByTestId('team-fingerprint').getAttribute('aria-label')).toBe(certs.a.fingerprint256);
    await context.close();
  });

  it('"Ngắt kết nối" logs out on the server (audited) before forgetting the connection: the old session is refused, and the local page says so', async () => {
    const { page, context, connection, ipc } = await desktop();
    await openDialog(page);
    await fillSignIn(page, team.url);
    await page.getByTestId('team-trust').waitFor();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${team.url}/`);
    const [held] = (await context.cookies(`${team.url}/`)).filter((cookie) => cookie.name === team.sessionCookieName);
    const old = `${held.name}=${held.value}`;
    expect(await sessionCheck(old)).toBe(200);
    const logouts = () => team.accounts!.store.audit.entries({ action: 'account.logout', limit: 100 }).length;
    const before = logouts();

    expect(await disconnectFromMenu(page, ipc)).toEqual({ origin: team.url, loggedOut: true });
    await expect.poll(() => page.getByTestId('team-left').innerText()).toContain(`Đã đăng xuất khỏi máy chủ nhóm ${team.url}`);
    expect(await page.getByTestId('team-left').getAttribute('role')).toBe('status');
    expect(await sessionCheck(old)).toBe(401);
    expect(logouts()).toBe(before + 1);
    expect(connection.origin).toBeNull();
    expect((await context.cookies(`${team.url}/`)).map((cookie) => cookie.name)).toEqual([local.sessionCookieName]);
    await page.getByTestId('team-left-close').click();
    await page.getByTestId('team-left').waitFor({ state: 'detached' });
    await context.close();
  });

  it('forgets the connection even when the team server cannot be reached to log out, and says so (in English here)', async () => {
    const gone = await startWorkspaceServer({ dataDir: join(dir.path, 'gone'), port: 0, staticDir: RENDERER, team: { passwordParams: { m: 1024, t: 1, p: 1 } } });
    let closed = false;
    try {
      await gone.accounts!.create('test', { name: 'an', displayName: 'Nguyễn Văn An', password: PASSWORD, role: 'drafter', workspaceId: null });
      const { page, context, connection, ipc } = await desktop();
      await page.evaluate(() => localStorage.setItem('vankien.language', 'en'));
      await page.reload();
      await openDialog(page);
      await fillSignIn(page, gone.url);
      await page.waitForURL(`${gone.url}/`);
      await gone.close();
      closed = true;
      const left = await disconnectFromMenu(page, ipc);
      expect(left).toEqual({ origin: gone.url, loggedOut: false, failure: 'refused', host: new URL(gone.url).host });
      const notice = page.getByTestId('team-left');
      await expect.poll(() => notice.innerText()).toContain(`Disconnected from the team server ${gone.url} on this computer, but could not sign out on the server`);
      expect(await notice.innerText()).toContain(`The server ${new URL(gone.url).host} refused the connection`);
      expect(await notice.getAttribute('role')).toBe('alert');
      expect(connection.origin).toBeNull();
      expect((await context.cookies(`${gone.url}/`)).map((cookie) => cookie.name)).toEqual([local.sessionCookieName]);
      await context.close();
    } finally {
      if (!closed) await gone.close();
    }
  });
});
