import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { waitFor } from '../helpers/provider.ts';
import { tempDir } from '../helpers/tempDir.ts';

const CLI = fileURLToPath(new URL('../../bin/vankien.mjs', import.meta.url));
const PASSWORD = 'mật khẩu quản trị đủ dài';

let dir: ReturnType<typeof tempDir>;
let child: ChildProcess;
let browser: Browser;
let output = '';
let url: string;

// A fresh `vankien serve --team` in its own process, as an office would start it, and Chromium.
beforeAll(async () => {
  dir = tempDir('vankien-e2e-team-setup-');
  child = spawn(process.execPath, [CLI, 'serve', '--team', '--data', join(dir.path, 'data'), '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await waitFor(() => /Mã thiết lập một lần: \S+/.test(output) || child.exitCode !== null, 30_000, 'serve --team to print its setup code');
  if (child.exitCode !== null) throw new Error(output);
  url = output.match(/đang chạy tại (\S+)/)![1];
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  if (child && child.exitCode === null && child.signalCode === null) {
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await exited;
  }
  dir?.remove();
});

async function setupPage(): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto(`${url}/`);
  await page.getByTestId('login-form').waitFor();
  return page;
}

async function fillSetup(page: Page, code: string, name: string): Promise<void> {
  await page.getByTestId('login-code').fill(code);
  await page.getByTestId('login-name').fill(name);
  await page.getByTestId('login-display-name').fill('Quản Trị Viên');
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
}

describe('the first-admin setup of a fresh team server, in Chromium', () => {
  it('takes the one-time code the server printed, signs the new admin in, and then the code no longer works', async () => {
    const code = output.match(/Mã thiết lập một lần: (\S+)/)![1];
    const page = await setupPage();
    expect(await page.getByTestId('login-code').count()).toBe(1);

    // A wrong code: refused, said why, still the setup form, no account made.
    await fillSetup(page, `${code}x`, 'admin');
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('Mã thiết lập không đúng.');
    expect(await page.getByTestId('account-bar').count()).toBe(0);

    await fillSetup(page, code, 'admin');
    await page.getByTestId('account-bar').waitFor({ timeout: 15_000 });
    await expect.poll(() => page.getByTestId('signed-in-as').innerText()).toBe('Đang đăng nhập: Quản Trị Viên');
    // An admin: the admin screens open and list this account.
    await page.getByTestId('open-admin').click();
    await page.getByTestId('admin-user-admin').waitFor();

    // Another browser now gets the sign-in form, without the code field, and the code is spent.
    const later = await setupPage();
    await expect.poll(() => later.getByTestId('login-form').innerText()).toContain('Đăng nhập');
    expect(await later.getByTestId('login-code').count()).toBe(0);
    const reused = await later.evaluate(
      async ({ code, password }) => {
        const response = await fetch('/api/setup', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code, name: 'admin2', displayName: 'Kẻ khác', password }) });
        return { status: response.status, body: await response.json() };
      },
      { code, password: PASSWORD },
    );
    expect(reused.status).toBe(403);
    expect(JSON.stringify(reused.body)).toContain('setup_code_invalid');
    // The admin signs in with the password chosen at setup.
    await later.getByTestId('login-name').fill('admin');
    await later.getByTestId('login-password').fill(PASSWORD);
    await later.getByTestId('login-submit').click();
    await expect.poll(() => later.getByTestId('signed-in-as').innerText(), { timeout: 15_000 }).toBe('Đang đăng nhập: Quản Trị Viên');
    for (const p of [page, later]) await p.context().close();
  });
});
