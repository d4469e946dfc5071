import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { createDocument, editorOf, waitSaved } from '../helpers/editorPage.ts';
import { holdWriteLock, type HeldLock } from '../helpers/holdWriteLock.ts';
import { startServedApp, type ServedApp } from '../helpers/servedApp.ts';

let app: ServedApp;
let browser: Browser;
let lock: HeldLock | undefined;

beforeAll(async () => {
  app = await startServedApp();
  browser = await launchChromium();
});

afterAll(async () => {
  await lock?.release();
  await browser?.close();
  await app?.stop();
});

describe('saving while the workspace file is locked', () => {
  it('says "Chưa lưu được" and why while another program holds the lock, then "Đã lưu", and the text survives a reload', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(app.openUrl);
    await createDocument(page, 'Tệp bị khoá', 'Báo cáo chính trị');
    const editor = editorOf(page);
    await editor.click();
    await page.keyboard.type('Trước khi khoá. ');
    await waitSaved(page);

    const [file] = readdirSync(app.dataDir).filter((f) => f.endsWith('.vkws'));
    lock = await holdWriteLock(join(app.dataDir, file));
    await page.keyboard.type('Gõ trong lúc tệp bị khoá.');
    const saved = page.getByTestId('saved');
    await expect.poll(() => saved.innerText(), { timeout: 20_000 }).toMatch(/^Chưa lưu được — tệp không gian làm việc đang bị chương trình khác khoá: hãy đóng chương trình đó/);
    expect(await saved.getAttribute('data-saved')).toBe('false');
    await page.screenshot({ path: 'tests/.artifacts/sync-fault.png' });

    await lock.release();
    lock = undefined;
    await waitSaved(page, 30_000);
    expect(await saved.innerText()).toBe('Đã lưu');
    await page.reload();
    await expect.poll(() => editor.innerText(), { timeout: 15_000 }).toBe('Trước khi khoá. Gõ trong lúc tệp bị khoá.');
    await context.close();
  });
});
