import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { createDocument, editorOf, waitSaved } from '../helpers/editorPage.ts';
import { call } from '../helpers/rpc.ts';
import { startServedApp, type ServedApp } from '../helpers/servedApp.ts';
import { startServeProcess, type ServeProcess } from '../helpers/serveProcess.ts';
import { tempDir } from '../helpers/tempDir.ts';

let dir: ReturnType<typeof tempDir>;
let browser: Browser;
let first: ServedApp | undefined;
let restarted: ServeProcess | undefined;

beforeAll(async () => {
  dir = tempDir('vankien-e2e-key-');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await first?.stop();
  await restarted?.stop();
  dir?.remove();
});

/** The text of the working copy as the server has stored it. */
async function storedText(server: ServeProcess, workspaceId: string, documentId: string): Promise<string> {
  const { blocks } = await call(server.url, server.secret, 'draft.get', { workspaceId, documentId, side: 'working' });
  return blocks.map((block: { text: string }) => block.text).join('\n');
}

describe('a page whose access key the server no longer accepts', () => {
  it('says so, keeps its edits, and sends them once the new address is pasted', async () => {
    first = await startServedApp({ dataDir: dir.path });
    const port = Number(new URL(first.url).port);
    const page = await (await browser.newContext()).newPage();
    await page.goto(first.openUrl);
    await createDocument(page, 'Đổi khoá truy cập', 'Nghị quyết');
    await page.waitForURL(/#\/w\/.+\/d\/.+/);
    const [, workspaceId, documentId] = /#\/w\/([^/]+)\/d\/([^/]+)/.exec(page.url())!.map(decodeURIComponent);
    const editor = editorOf(page);
    await editor.click();
    await page.keyboard.type('Đã lưu trước khi đổi khoá. ');
    await waitSaved(page);

    // The server stops; what is typed now is held only in this page.
    await first.stop();
    first = undefined;
    await page.keyboard.type('Gõ khi máy chủ tắt.');
    restarted = await startServeProcess({ dataDir: dir.path, port, args: ['--new-key'] });

    const banner = page.getByTestId('credentials-banner');
    await expect.poll(() => banner.isVisible(), { timeout: 45_000 }).toBe(true);
    expect(await banner.innerText()).toContain('Khoá truy cập đã thay đổi (máy chủ đã tạo khoá mới)');
    expect(await editor.innerText()).toContain('Đã lưu trước khi đổi khoá. Gõ khi máy chủ tắt.');
    expect(await storedText(restarted, workspaceId, documentId)).not.toContain('Gõ khi máy chủ tắt.');

    // The old address is not the new one: the banner says so and stays.
    await page.getByTestId('credentials-address').fill(`http://127.0.0.1:${port}/?k=sai-khoa`);
    await page.getByTestId('credentials-submit').click();
    await expect.poll(() => page.getByTestId('credentials-problem').innerText()).toContain('không đúng');
    await page.screenshot({ path: 'tests/.artifacts/access-key-banner.png' });

    await page.getByTestId('credentials-address').fill(restarted.openUrl);
    await page.getByTestId('credentials-submit').click();
    await expect.poll(() => banner.count(), { timeout: 15_000 }).toBe(0);
    await waitSaved(page, 30_000);
    await expect.poll(() => storedText(restarted!, workspaceId, documentId), { timeout: 15_000 }).toContain('Đã lưu trước khi đổi khoá. Gõ khi máy chủ tắt.');
    await page.context().close();
    await restarted.stop();
  });

  it('is told by a refused RPC too, and the action works once the new address is pasted', async () => {
    restarted = await startServeProcess({ dataDir: dir.path, port: 0 });
    const page = await (await browser.newContext()).newPage();
    await page.goto(restarted.openUrl);
    await expect.poll(() => page.getByTestId('workspace-list').isVisible()).toBe(true);
    const port = restarted.port;
    await restarted.stop();
    restarted = await startServeProcess({ dataDir: dir.path, port, args: ['--new-key'] });
    await page.getByTestId('workspace-name').fill('Sau khi đổi khoá');
    await page.getByTestId('workspace-create').click();
    await expect.poll(() => page.getByTestId('credentials-banner').isVisible(), { timeout: 15_000 }).toBe(true);
    await page.getByTestId('credentials-address').fill(restarted.openUrl);
    await page.getByTestId('credentials-submit').click();
    await expect.poll(() => page.getByTestId('credentials-banner').count(), { timeout: 15_000 }).toBe(0);
    await page.getByTestId('workspace-create').click();
    await expect.poll(async () => (await call(restarted!.url, restarted!.secret, 'workspace.list', {})).workspaces.map((w: { name: string }) => w.name)).toContain('Sau khi đổi khoá');
    await page.context().close();
  });
});
