import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { anchorWorkspace } from '../fixtures/feedback/anchorFixture.ts';
import { docxLines } from '../helpers/docxLines.ts';
import { call } from '../helpers/rpc.ts';
import { useServedApp } from '../helpers/browserServer.ts';

const POLL = { timeout: 20_000 };

let page: Page;
let workspaceId: string;

useServedApp(async ({ app, openPage }) => {
  const rpc = (method: string, input: unknown) => call(app.url, app.secret, method, input);
  const fixture = await anchorWorkspace(rpc);
  workspaceId = fixture.workspaceId;
  await rpc('feedback.anchor', { workspaceId, documentId: fixture.documentId });
  await rpc('feedback.cluster', { workspaceId });
  page = await openPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${app.url}/#/w/${encodeURIComponent(workspaceId)}/feedback`);
});

describe('the synthesis report button on the feedback page in Chromium', () => {
  it('downloads the synthesis report of the document as a .docx, busy while it is written', async () => {
    const button = page.getByTestId('feedback-synthesis-docx');
    await expect.poll(() => button.isEnabled(), POLL).toBe(true);
    expect(await button.innerText()).toBe('Xuất báo cáo tổng hợp (.docx)');
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe('Báo cáo chính trị - Báo cáo tổng hợp ý kiến - Dự thảo lần 1.docx');
    const lines = docxLines(readFileSync(await download.path()));
    expect(lines).toContain('Tổng hợp ý kiến góp ý vào dự thảo Báo cáo chính trị (Dự thảo lần 1)');
    expect(lines).toContain('2. Mục II, đoạn 1: 3 ý kiến của 3 đơn vị');
    await expect.poll(() => button.innerText(), POLL).toBe('Xuất báo cáo tổng hợp (.docx)');
  }, 60_000);

  it('shows the server’s sentence when the draft asked for is not there, and no download', async () => {
    await page.getByTestId('feedback-synthesis-draft').fill('9');
    let downloaded = false;
    page.once('download', () => (downloaded = true));
    await page.getByTestId('feedback-synthesis-docx').click();
    await expect.poll(() => page.locator('.feedback-synthesis [role="alert"]').count(), POLL).toBe(1);
    expect(await page.locator('.feedback-synthesis [role="alert"]').innerText()).toContain('Không có Dự thảo lần 9');
    expect(downloaded).toBe(false);
    await page.getByTestId('feedback-synthesis-draft').fill('');
  }, 60_000);
});
