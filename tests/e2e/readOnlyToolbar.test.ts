import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorkspaceServer, type RunningServer } from '../../main/server/WorkspaceServer.ts';
import { launchChromium } from '../helpers/browser.ts';
import { editorOf, waitSaved } from '../helpers/editorPage.ts';
import { tempDir } from '../helpers/tempDir.ts';

const RENDERER = fileURLToPath(new URL('../../dist/renderer', import.meta.url));
const PASSWORD = 'mật khẩu đủ dài 1';
const TEXT = 'Đại hội đã thành công tốt đẹp.';

let dir: ReturnType<typeof tempDir>;
let server: RunningServer;
let browser: Browser;
let workspaceId: string;
let documentId: string;

beforeAll(async () => {
  dir = tempDir('vankien-e2e-readonly-');
  server = await startWorkspaceServer({ dataDir: dir.path, port: 0, staticDir: RENDERER, team: { passwordParams: { m: 1024, t: 1, p: 1 } } });
  workspaceId = server.workspaces.create('Đại hội XVII').id;
  await server.accounts!.create('test', { name: 'an', displayName: 'Nguyễn Văn An', password: PASSWORD, role: 'drafter', workspaceId });
  await server.accounts!.create('test', { name: 'binh', displayName: 'Trần Thị Bình', password: PASSWORD, role: 'reviewer', workspaceId });
  documentId = server.workspaces.store(workspaceId).documents.create('political_report', 'Báo cáo chính trị').id;
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  dir?.remove();
});

async function openAs(name: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto(`${server.url}/`);
  await page.getByTestId('login-name').fill(name);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('account-bar').waitFor();
  await page.goto(`${server.url}/#/w/${encodeURIComponent(workspaceId)}/d/${documentId}`);
  await editorOf(page).waitFor();
  return page;
}

describe('a reviewer on a team server', () => {
  it("has the editing toolbar disabled, no block menu, no replace, and the drafter's text still arrives", async () => {
    const drafter = await openAs('an');
    await editorOf(drafter).click();
    await drafter.keyboard.type(TEXT);
    await waitSaved(drafter);

    const reviewer = await openAs('binh');
    await reviewer.getByTestId('read-only').waitFor({ timeout: 15_000 });
    const editor = editorOf(reviewer);
    await expect.poll(() => editor.innerText()).toContain(TEXT);
    for (const id of ['mark-bold', 'mark-italic', 'mark-underline', 'numbering-open', 'header-open', 'block-type']) {
      expect(await reviewer.getByTestId(id).isDisabled(), id).toBe(true);
    }
    expect(await reviewer.getByRole('button', { name: 'Hoàn tác' }).isDisabled()).toBe(true);
    await editor.click({ button: 'right' });
    await reviewer.waitForTimeout(200);
    expect(await reviewer.getByTestId('context-menu').count()).toBe(0);

    // Find works and selects the match, but does not replace.
    await reviewer.getByTestId('find-open').click();
    await reviewer.getByTestId('find-query').fill('thành công');
    await expect.poll(() => reviewer.getByTestId('find-count').innerText()).toContain('1');
    expect(await reviewer.getByTestId('find-replace-toggle').isDisabled()).toBe(true);
    await reviewer.getByTestId('find-close').click();

    // The drafter's text still arrives, and nothing the reviewer did is anywhere.
    await editorOf(drafter).click();
    await drafter.keyboard.press('End');
    await drafter.keyboard.type(' Thêm nữa.');
    await waitSaved(drafter);
    await expect.poll(() => editor.innerText(), { timeout: 10_000 }).toContain('Thêm nữa.');
    expect(await editor.locator('strong').count()).toBe(0);
    expect(await editorOf(drafter).locator('strong').count()).toBe(0);
    await drafter.context().close();
    await reviewer.context().close();
  });
});
