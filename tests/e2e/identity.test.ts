import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserServer } from '../helpers/browserServer.ts';
import { createDocument } from '../helpers/editorPage.ts';

let page: Page;

useBrowserServer({
  prefix: 'vankien-e2e-identity-',
  async seed({ server, browser }) {
    page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    await page.goto(`${server.url}/?k=${encodeURIComponent(server.secret)}`);
  },
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
