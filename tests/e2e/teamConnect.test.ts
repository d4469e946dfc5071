import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamIpcHandlers } from '../../main/electron/teamIpc.ts';
import { CertificatePins, PINS_FILE } from '../../main/services/teamConnect/CertificatePins.ts';
import { TeamConnection } from '../../main/services/teamConnect/TeamConnection.ts';
import type { ServerCertificate } from '../../main/services/teamConnect/serverCertificate.ts';
import { startWorkspaceServer, type RunningServer } from '../../main/server/WorkspaceServer.ts';
import { SESSION_COOKIE } from '../../shared/rpc/protocol.ts';
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
async function desktop(earlierPins: (pins: CertificatePins) => void = () => {}): Promise<{ page: Page; context: BrowserContext; connection: TeamConnection; pinsDir: string; calls: string[] }> {
  const pinsDir = join(dir.path, `desktop-${desktops++}`);
  mkdirSync(pinsDir);
  earlierPins(new CertificatePins(pinsDir));
  const connection = new TeamConnection(new CertificatePins(pinsDir));
  const context = await browser.newContext({ viewport: { width: 1100, height: 760 }, ignoreHTTPSErrors: true });
  await context.addCookies([{ url: local.url, name: SESSION_COOKIE, value: SECRET, httpOnly: true, sameSite: 'Strict' }]);
  const page = await context.newPage();
  const calls: string[] = [];
  const ipc = teamIpcHandlers({ connection, localUrl: local.url, load: (url) => void page.goto(url) });
  const event = () => ({ senderFrame: { url: page.url() } });
  await page.exposeFunction('__teamIpc', (kind: keyof typeof ipc, payload: unknown) => (calls.push(kind), ipc[kind](event(), payload)));
  await page.addInitScript(
    ({ serverUrl, secret }) => {
      // What preload.ts exposes, on the local server's pages only (a team page gets no bridge).
      if (location.origin !== serverUrl) return;
      const w = window as unknown as { __teamIpc(kind: string, payload: unknown): Promise<unknown>; __openTeamConnect?: () => void };
      Object.defineProperty(window, 'vankien', {
        value: {
          serverUrl,
          secret,
          platform: 'linux',
          printToPdf: async () => null,
          team: {
            probe: (url: string) => w.__teamIpc('probe', { url }),
            trust: (url: string, fingerprint256: string) => w.__teamIpc('trust', { url, fingerprint256 }),
            connect: (url: string) => w.__teamIpc('connect', { url }),
            disconnect: () => w.__teamIpc('disconnect', {}),
            onOpenRequested: (listener: () => void) => void (w.__openTeamConnect = listener),
          },
        },
      });
    },
    { serverUrl: local.url, secret: SECRET },
  );
  await page.goto(`${local.url}/`);
  return { page, context, connection, pinsDir, calls };
}

/** Tệp > Kết nối máy chủ nhóm…: the main process asks the page (TEAM_OPEN_DIALOG). */
async function openDialog(page: Page) {
  await expect.poll(() => page.evaluate(() => typeof (window as unknown as { __openTeamConnect?: unknown }).__openTeamConnect)).toBe('function');
  await page.evaluate(() => (window as unknown as { __openTeamConnect(): void }).__openTeamConnect());
  await page.getByTestId('team-connect').waitFor();
}

const focusInDialog = (page: Page) => page.evaluate(() => !!document.activeElement?.closest('[data-testid=team-connect]'));

describe('"Kết nối máy chủ nhóm…" in Chromium against a TLS team server with a self-signed certificate', () => {
  it('says in Vietnamese what is wrong with an address before asking anything of the desktop, and Escape cancels', async () => {
    const { page, context, calls } = await desktop();
    await openDialog(page);
    const url = page.getByTestId('team-url');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('team-url');
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
    expect(calls).toEqual([]);
    // Nothing listens there: the desktop's own error comes back in its words.
    await url.fill('https://127.0.0.1:1');
    await url.press('Enter');
    await expect.poll(() => page.getByTestId('team-error').innerText()).toContain('Không kết nối được tới máy chủ 127.0.0.1:1');
    expect(calls).toEqual(['probe']);
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
    await page.getByTestId('team-url').fill('http://192.168.1.20:4600');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('team-error').innerText()).toContain('must use https://');
    await page.getByTestId('team-url').fill(team.url);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('team-trust').innerText()).toBe('Trust and connect');
    expect(await page.getByTestId('team-validity').innerText()).toMatch(/^from .+ to .+$/);
    await page.keyboard.press('Escape');
    await page.getByTestId('team-connect').waitFor({ state: 'detached' });
    await context.close();
  });

  it('shows the SHA-256 in groups with subject, issuer and validity, keeps Tab inside, pins it on Enter, and opens the team server’s own sign-in', async () => {
    const { page, context, connection, pinsDir, calls } = await desktop();
    await openDialog(page);
    await page.getByTestId('team-url').fill(team.url);
    await page.getByTestId('team-url').press('Enter');
    const fingerprint = page.getByTestId('team-certificate').getByTestId('team-fingerprint');
    await fingerprint.waitFor();
    const groups = await fingerprint.locator('span').allInnerTexts();
    expect(groups).toHaveLength(8);
    expect(groups.join(':')).toBe(certs.a.fingerprint256);
    expect(await page.getByTestId('team-subject').innerText()).toBe('CN=vankien-nhom');
    expect(await page.getByTestId('team-issuer').innerText()).toBe('CN=vankien-nhom');
    expect(await page.getByTestId('team-validity').innerText()).toMatch(/^từ \d{2}:\d{2} \d{1,2}\/\d{1,2}\/\d{4} đến \d{2}:\d{2} \d{1,2}\/\d{1,2}\/\d{4}$/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('team-trust');
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
    await page.screenshot({ path: artifactPath('screenshot-team-connect.png') });

    await page.keyboard.press('Enter');
    // The window now shows the team server's own pages, starting with its sign-in form.
    await page.waitForURL(`${team.url}/`);
    await page.getByTestId('login-form').waitFor();
    expect(calls).toEqual(['probe', 'trust', 'connect']);
    const pins = JSON.parse(readFileSync(join(pinsDir, PINS_FILE), 'utf8')) as { pins: { origin: string; fingerprint256: string }[] };
    expect(pins.pins).toEqual([expect.objectContaining({ origin: team.url, fingerprint256: certs.a.fingerprint256 })]);
    expect(connection.origin).toBe(team.url);
    // Electron's certificate check now accepts this certificate for the host, and no other.
    expect(connection.certificateDecision('127.0.0.1', certs.a.cert.toString(), false)).toBe('accept');
    expect(connection.certificateDecision('127.0.0.1', certs.b.cert.toString(), false)).toBe('reject');
    expect(await page.evaluate(() => 'vankien' in window)).toBe(false);
    await page.getByTestId('login-name').fill('an');
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.getByTestId('login-submit').click();
    await expect.poll(() => page.getByTestId('signed-in-as').innerText()).toBe('Đang đăng nhập: Nguyễn Văn An');
    await context.close();
  });

  it('pins nothing when the certificate changes between the fingerprint shown and "Tin cậy và kết nối", and opens a pinned server at once', async () => {
    const other = await startWorkspaceServer({ dataDir: join(dir.path, 'other'), port: 0, staticDir: RENDERER, team: {}, tls: { cert: certs.a.cert, key: certs.a.key } });
    let swapped: RunningServer | undefined;
    try {
      const { page, context, connection, calls } = await desktop();
      await openDialog(page);
      await page.getByTestId('team-url').fill(other.url);
      await page.keyboard.press('Enter');
      await page.getByTestId('team-trust').waitFor();
      // Between the look and the yes, the address starts presenting another certificate.
      await other.close();
      swapped = await startWorkspaceServer({ dataDir: join(dir.path, 'other'), port: other.port, staticDir: RENDERER, team: {}, tls: { cert: certs.b.cert, key: certs.b.key } });
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
      await page.goto(`${local.url}/`);
      await openDialog(page);
      await page.getByTestId('team-url').fill(other.url);
      await page.keyboard.press('Enter');
      await page.waitForURL(`${other.url}/`);
      expect(calls).toEqual(['probe', 'trust', 'probe', 'trust', 'connect', 'probe', 'connect']);
      await context.close();
    } finally {
      await (swapped ?? other).close(); // closing twice is harmless if the swap itself failed
    }
  });

  it('refuses a server whose certificate is not the pinned one, shows both fingerprints and what to do, and offers no way on', async () => {
    // This desktop trusted another certificate for the same address earlier.
    const { page, context, connection, calls } = await desktop((pins) => pins.pin(team.url, { fingerprint256: certs.b.fingerprint256, pem: certs.b.cert.toString(), subject: 'CN=vankien-khac' } as ServerCertificate));
    await openDialog(page);
    await page.getByTestId('team-url').fill(team.url.replace('https://', ''));
    await page.keyboard.press('Enter');
    const warning = page.getByTestId('team-changed');
    await warning.waitFor();
    expect(await warning.innerText()).toContain('đưa ra một chứng chỉ khác với chứng chỉ bạn đã tin cậy');
    expect(await warning.innerText()).toContain('team-server-pins.json');
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
});
