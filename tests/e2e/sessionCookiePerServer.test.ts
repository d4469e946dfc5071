import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorkspaceServer, type RunningServer } from '../../main/server/WorkspaceServer.ts';
import { launchChromium } from '../helpers/browser.ts';
import { RENDERER } from '../helpers/browserServer.ts';
import { PASSWORD } from '../helpers/teamServer.ts';
import { tempDir } from '../helpers/tempDir.ts';

/**
 * Cookies belong to a host, not to a port: two servers on 127.0.0.1 that named their session
 * cookie alike would overwrite each other's, and a person using both would be signed out of one.
 * Here two team servers and a local one share 127.0.0.1 and one browser context.
 */
let dir: ReturnType<typeof tempDir>;
let first: RunningServer;
let second: RunningServer;
let local: RunningServer;
let browser: Awaited<ReturnType<typeof launchChromium>>;

async function teamServer(name: string, displayName: string): Promise<RunningServer> {
  const server = await startWorkspaceServer({ dataDir: join(dir.path, name), port: 0, staticDir: RENDERER, team: { passwordParams: { m: 1024, t: 1, p: 1 } } });
  await server.accounts!.create('test', { name: 'an', displayName, password: PASSWORD, role: 'drafter', workspaceId: null });
  return server;
}

beforeAll(async () => {
  dir = tempDir('vankien-e2e-cookie-per-server-');
  first = await teamServer('first', 'An ở máy chủ thứ nhất');
  second = await teamServer('second', 'An ở máy chủ thứ hai');
  local = await startWorkspaceServer({ dataDir: join(dir.path, 'local'), port: 0, staticDir: RENDERER });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([first?.close(), second?.close(), local?.close()]);
  dir?.remove();
});

async function signInThroughThePage(page: Page, server: RunningServer) {
  await page.goto(`${server.url}/`);
  await page.getByTestId('login-name').fill('an');
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('signed-in-as').waitFor();
}

const signedInAs = async (page: Page, server: RunningServer) => {
  await page.goto(`${server.url}/`);
  await Promise.race([page.getByTestId('signed-in-as').waitFor(), page.getByTestId('login-form').waitFor()]);
  return (await page.getByTestId('signed-in-as').count()) === 1 ? page.getByTestId('signed-in-as').innerText() : 'signed out';
};

describe('each server has its own session cookie', () => {
  it('keeps a person signed in to two team servers on 127.0.0.1 at once, and the local server open beside them', async () => {
    const context: BrowserContext = await browser.newContext();
    const page = await context.newPage();
    expect(first.port).not.toBe(second.port);
    expect(first.sessionCookieName).not.toBe(second.sessionCookieName);
    await signInThroughThePage(page, first);
    await signInThroughThePage(page, second);
    // The printed address of the local server trades its key for a cookie in the same jar.
    await page.goto(local.openUrl);
    await page.waitForURL(`${local.url}/`);

    expect(await signedInAs(page, first)).toBe('Đang đăng nhập: An ở máy chủ thứ nhất');
    expect(await signedInAs(page, second)).toBe('Đang đăng nhập: An ở máy chủ thứ hai');
    const fromLocal = await page.evaluate(async () => (await fetch('/api/rpc/workspace.list', { method: 'POST', body: '{}' })).status);
    expect(fromLocal).toBe(200);
    // One cookie per server, all on the host 127.0.0.1, none readable by a page.
    const cookies = await context.cookies();
    expect(cookies.map((cookie) => cookie.name).sort()).toEqual([first.sessionCookieName, second.sessionCookieName, local.sessionCookieName].sort());
    expect(cookies.every((cookie) => cookie.domain === '127.0.0.1' && cookie.httpOnly && cookie.sameSite === 'Strict')).toBe(true);

    // Signing out of one leaves the other signed in.
    await page.goto(`${first.url}/`);
    await page.getByTestId('logout').click();
    await page.getByTestId('login-form').waitFor();
    expect(await signedInAs(page, second)).toBe('Đang đăng nhập: An ở máy chủ thứ hai');
    expect(await signedInAs(page, first)).toBe('signed out');
    await context.close();
  });
});
