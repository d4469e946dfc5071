import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { NOTICE, editorText, importIntoNewWorkspace, selectInEditor, waitSaved } from '../helpers/editorPage.ts';
import { call } from '../helpers/rpc.ts';
import { startServedApp, type ServedApp } from '../helpers/servedApp.ts';
import { documentBody, reviewedDraft, reviewedParagraphs, unzipDocx } from '../unit/export/docxKit.ts';
import { descendants } from '../unit/export/miniXml.ts';

/**
 * The two kinds of change the comparison used to miss, in Chromium: a heading demoted from "2." to
 * "1.3." (class structure, shown and counted) and a lead-in made bold (class formatting, hidden
 * by default like orthography, shown on request), then the tracked .docx of both.
 */
const USER = 'Trần Thị Bình';
const ARTIFACTS = fileURLToPath(new URL('../.artifacts/', import.meta.url));
let app: ServedApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  app = await startServedApp();
  // The name drafts, attribution and tracked changes are signed with: the local person's, set once.
  await call(app.url, app.secret, 'identity.set', { displayName: USER });
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  page = await context.newPage();
  await page.goto(app.openUrl);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const rows = () => page.getByTestId('cmp-row');

async function freezeDraft(number: number): Promise<void> {
  await page.getByTestId('open-drafts').click();
  await page.getByTestId('freeze-draft').click();
  await page.getByTestId('draft-submit').click();
  await expect.poll(() => page.getByTestId('drafts-notice').innerText()).toBe(`Đã chốt Dự thảo lần ${number}.`);
}

describe('structure and formatting changes in the compare page', () => {
  it('freezes draft 2 after a heading is demoted and a lead-in is made bold', async () => {
    await importIntoNewWorkspace(page, 'Đại hội', NOTICE);
    await expect.poll(() => editorText(page), { timeout: 20_000 }).toContain('Đại biểu khách mời');
    await waitSaved(page);
    await freezeDraft(1);
    await page.keyboard.press('Escape');
    await selectInEditor(page, 'Đại biểu khách mời');
    await page.keyboard.press('Control+Alt+2');
    await selectInEditor(page, 'Về giới tính:');
    await page.keyboard.press('Control+b');
    await waitSaved(page);
    await freezeDraft(2);
    await page.locator('[data-testid=draft-item][data-number="2"]').getByTestId('draft-compare-previous').click();
    await page.waitForURL(/\/compare\/1\/2$/);
    await expect.poll(() => rows().count(), { timeout: 20_000 }).toBeGreaterThan(50);
  });

  it('counts the demotion as a structure change, shown, named, and reached with n', async () => {
    const stats = page.getByTestId('compare-stats');
    expect(await stats.locator('[data-class-count=structure] b').innerText()).toBe('1');
    expect(await stats.locator('[data-class-count=formatting] b').innerText()).toBe('1');
    expect(await stats.locator('[data-stat=modified] b').innerText()).toBe('2');
    const demoted = rows().filter({ hasText: 'Đại biểu khách mời' });
    expect([await demoted.getAttribute('data-op'), await demoted.getAttribute('data-class'), await demoted.getAttribute('data-shown')]).toEqual(['modified', 'structure', 'true']);
    expect(await demoted.getByTestId('structure-change').textContent()).toBe('Cấu trúc: Đề mục 1. → Đề mục 1.1.');
    expect([await demoted.locator('.left .cmp-num').textContent(), await demoted.locator('.right .cmp-num').textContent()]).toEqual(['2.', '1.3.']);
    expect(await page.getByTestId('change-item').count()).toBe(1);
    await page.keyboard.press('n');
    await expect.poll(() => page.locator('[data-testid=cmp-row].current').getAttribute('data-class')).toBe('structure');
  });

  it('hides the bold lead-in by default, and shows it drawn bold on the right when asked', async () => {
    const bolded = rows().filter({ hasText: 'Về giới tính:' });
    expect([await bolded.getAttribute('data-class'), await bolded.getAttribute('data-shown')]).toEqual(['formatting', 'false']);
    expect(await bolded.getByTestId('formatting-run').count()).toBe(0);
    await page.getByTestId('filter-formatting').uncheck();
    await expect.poll(() => bolded.getAttribute('data-shown')).toBe('true');
    expect(await page.getByTestId('change-item').count()).toBe(2);
    expect(await bolded.locator('.right mark.cls-formatting b').textContent()).toBe('Về giới tính:');
    expect(await bolded.locator('.left mark.cls-formatting').textContent()).toBe('Về giới tính:');
    expect(await bolded.locator('.left mark.cls-formatting b').count()).toBe(0);
    expect(await bolded.locator('.right mark.cls-formatting').getAttribute('title')).toBe('Định dạng: thường → đậm');
    // The button, not n: the filter's checkbox keeps the keys until focus moves (a known issue of its own).
    await page.getByTestId('next-change').click();
    await expect.poll(() => page.locator('[data-testid=cmp-row].current').getAttribute('data-class')).toBe('formatting');
    await page.screenshot({ path: `${ARTIFACTS}compare-classes.png` });
  });

  it('names both classes in English', async () => {
    await page.getByTestId('language').selectOption('en');
    const stats = page.getByTestId('compare-stats');
    await expect.poll(() => stats.locator('[data-class-count=structure]').innerText()).toBe('Structure: 1');
    expect(await stats.locator('[data-class-count=formatting]').innerText()).toBe('Formatting: 1');
    expect(await page.getByTestId('filter-formatting').locator('xpath=..').innerText()).toBe('Hide formatting changes (bold, italic, underline)');
    expect(await rows().filter({ hasText: 'Đại biểu khách mời' }).getByTestId('structure-change').textContent()).toBe('Structure: Heading 1. → Heading 1.1.');
    await page.getByTestId('language').selectOption('vi');
  });

  it('exports both as tracked changes: w:pPrChange with the old heading style, w:rPrChange with the old run', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-docx').click()]);
    const body = documentBody(unzipDocx(new Uint8Array(readFileSync(await download.path()))));
    const styleChanges = descendants(body, 'w:pPrChange').map((c) => descendants(c, 'w:pStyle')[0]?.attrs['w:val']);
    expect(styleChanges).toEqual(['Heading3']);
    const runChanges = descendants(body, 'w:r').filter((r) => descendants(r, 'w:rPrChange').length > 0);
    expect(runChanges.map((r) => descendants(r, 'w:t').map((t) => t.children.join('')).join(''))).toEqual(['Về giới tính:']);
    const [workspaceId, documentId] = new URL(page.url()).hash.match(/#\/w\/([^/]+)\/d\/([^/]+)/)!.slice(1).map(decodeURIComponent);
    const own = async (number: number) => {
      const file = await call(app.url, app.secret, 'draft.export', { workspaceId, documentId, number, format: 'docx' });
      return reviewedParagraphs(documentBody(unzipDocx(new Uint8Array(Buffer.from(file.dataBase64, 'base64')))), 'asIs');
    };
    expect(reviewedDraft(body, 'accept')).toEqual(await own(2));
    expect(reviewedDraft(body, 'reject')).toEqual(await own(1));
  });
});
