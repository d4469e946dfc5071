import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorkspaceServer, type RunningServer } from '../../main/server/WorkspaceServer.ts';
import { launchChromium } from '../helpers/browser.ts';
import { createDocument } from '../helpers/editorPage.ts';
import { tempDir } from '../helpers/tempDir.ts';

const RENDERER = fileURLToPath(new URL('../../dist/renderer', import.meta.url));

let dir: ReturnType<typeof tempDir>;
let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  dir = tempDir('vankien-e2e-identity-');
  server = await startWorkspaceServer({ dataDir: dir.path, port: 0, staticDir: RENDERER });
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  await page.goto(`${server.url}/?k=${encodeURIComponent(server.secret)}`);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  dir?.remove();
});

describe('who you are, in local mode', () => {
  it('sets the name in a dialog, refuses a name with a bidi control keeping the old one, and freezes drafts under it without asking', async () => {
    await createDocument(page, 'Đại hội XVII', 'Báo cáo chính trị');
    const before = await page.getByTestId('identity-button').innerText();
    await page.getByTestId('identity-button').click();
    const dialog = page.getByTestId('identity-dialog');
    await page.getByTestId('identity-name').fill('Lê \u2067Văn Cường');
    await page.getByTestId('identity-save').click();
    await expect.poll(() => dialog.getByRole('alert').innerText()).toContain('Tên hiển thị không được chứa ký tự đổi chiều chữ');
    expect(await page.getByTestId('identity-button').innerText()).toBe(before);
    await page.getByTestId('identity-name').fill('Lê Văn Cường');
    await page.getByTestId('identity-initials').fill('');
    await page.getByTestId('identity-save').click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('identity-button').innerText()).toBe('LC');

    await page.getByTestId('open-drafts').click();
    await page.getByTestId('freeze-draft').click();
    expect(await page.getByTestId('draft-author').innerText()).toContain('Lê Văn Cường');
    expect(await page.getByTestId('draft-dialog').locator('input:not([type=file])').count()).toBe(0); // no free-text author
    await page.getByTestId('draft-submit').click();
    await expect.poll(() => page.getByTestId('draft-item').first().innerText()).toContain('Lê Văn Cường');
  });
});
