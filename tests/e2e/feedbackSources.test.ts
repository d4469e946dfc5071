import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commentTexts, commentWorkbook } from '../fixtures/feedback/commentFiles.ts';
import { launchChromium } from '../helpers/browser.ts';
import { call } from '../helpers/rpc.ts';
import { startServedApp, type ServedApp } from '../helpers/servedApp.ts';

const ARTIFACTS = fileURLToPath(new URL('../.artifacts/', import.meta.url));
const POLL = { timeout: 20_000 };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let app: ServedApp;
let browser: Browser;
let page: Page;
let workspaceId: string;
const rpc = (method: string, params: Record<string, unknown>) => call(app.url, app.secret, method, { workspaceId, ...params });
const sources = async () => (await rpc('feedback.listSources', {})).sources as { id: string; name: string; aliases: string[]; level: string; parentId: string | null }[];
const named = async (name: string) => (await sources()).find((s) => s.name === name);

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  app = await startServedApp();
  ({ workspace: { id: workspaceId } } = await call(app.url, app.secret, 'workspace.create', { name: 'Danh sách đơn vị' }));
  await rpc('feedback.createSource', { source: { name: 'Đảng bộ thành phố Hải Phòng', aliases: [], level: 'city', parentId: null } });
  await rpc('feedback.createSource', { source: { name: 'Đảng bộ phường Thủy Nguyên', aliases: [], level: 'other', parentId: null } });
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  await page.goto(app.openUrl);
  await page.goto(`${app.url}/#/w/${encodeURIComponent(workspaceId)}`);
  await page.getByTestId('open-feedback').click();
  await page.waitForURL(/#\/w\/.+\/feedback$/u);
  await page.getByTestId('feedback-sources').locator('summary').click();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const row = (name: string) => page.getByTestId('feedback-source').filter({ has: page.getByTestId('feedback-source-label').getByText(name, { exact: true }) });

describe('the sources registry in Chromium', () => {
  it('edits a source’s other names, level and parent with the keyboard, and the comments written with the new name, before and after, are attributed to it', async () => {
    const texts = commentTexts(2);
    const before = await commentWorkbook([{ source: 'Phường TN', location: '', text: texts[0] }]);
    await rpc('feedback.import', { fileName: 'truoc.xlsx', dataBase64: Buffer.from(before).toString('base64') });
    expect((await rpc('feedback.list', {})).items[0].attribution.status).toBe('unknown');

    await row('Đảng bộ phường Thủy Nguyên').getByTestId('feedback-source-edit').click();
    const form = page.getByTestId('feedback-source-edit-form');
    // The parent list offers the city, not the source itself.
    expect(await form.getByTestId('feedback-source-edit-parent').locator('option').allInnerTexts()).toEqual(['(không có)', 'Đảng bộ thành phố Hải Phòng']);
    await form.getByTestId('feedback-source-edit-alias').fill('Phường TN');
    await form.getByTestId('feedback-source-edit-alias').press('Enter'); // adds the name, does not save yet
    await form.getByTestId('feedback-source-edit-alias').fill('ĐB TN cũ');
    await form.getByTestId('feedback-source-edit-alias').press('Enter');
    expect(await form.getByTestId('feedback-source-alias').count()).toBe(2);
    await form.getByTestId('feedback-source-alias').filter({ hasText: 'ĐB TN cũ' }).getByTestId('feedback-source-alias-remove').click();
    await form.getByTestId('feedback-source-edit-level').selectOption({ label: 'Phường' });
    await form.getByTestId('feedback-source-edit-parent').selectOption({ label: 'Đảng bộ thành phố Hải Phòng' });
    await page.getByTestId('feedback-sources').screenshot({ path: `${ARTIFACTS}feedback-source-edit.png` });
    await form.getByTestId('feedback-source-edit-name').press('Enter');
    await expect.poll(() => form.count(), POLL).toBe(0);
    const city = (await named('Đảng bộ thành phố Hải Phòng'))!;
    const ward = (await named('Đảng bộ phường Thủy Nguyên'))!;
    expect(ward).toMatchObject({ aliases: ['Phường TN'], level: 'ward', parentId: city.id });
    await expect.poll(() => row('Đảng bộ phường Thủy Nguyên').innerText(), POLL).toContain('Phường · Đảng bộ thành phố Hải Phòng (Phường TN)');

    // Esc leaves the city as it was, and its own ward is not offered as its parent (no cycle).
    await row('Đảng bộ thành phố Hải Phòng').getByTestId('feedback-source-edit').click();
    expect(await form.getByTestId('feedback-source-edit-parent').locator('option').allInnerTexts()).toEqual(['(không có)']);
    await form.getByTestId('feedback-source-edit-name').fill('Tên sai');
    await form.getByTestId('feedback-source-edit-name').press('Escape');
    await expect.poll(() => form.count(), POLL).toBe(0);
    expect(await named('Đảng bộ thành phố Hải Phòng')).toEqual(city);

    // The comment imported before the edit, written "Phường TN", is matched again by the server and now names the ward.
    await expect.poll(() => page.getByTestId('feedback-sources-attributed').innerText(), POLL).toContain('1 ý kiến chưa rõ đơn vị nay đã xác định được');
    expect((await rpc('feedback.list', {})).items[0]).toMatchObject({ sourceName: 'Phường TN', attribution: { status: 'matched', sourceId: ward.id, confidence: 1 } });
    await expect.poll(() => page.getByTestId('feedback-item').first().innerText(), POLL).toContain('Khớp (100%)');

    // And a file written with the new name is attributed from its preview on.
    const after = await commentWorkbook([{ source: 'Phường TN', location: '', text: texts[1] }]);
    await page.getByTestId('feedback-files').setInputFiles([{ name: 'sau.xlsx', mimeType: XLSX, buffer: Buffer.from(after) }]);
    await expect.poll(() => page.getByTestId('feedback-preview-counts').count(), POLL).toBe(1);
    expect(await page.getByTestId('feedback-preview-counts').innerText()).toContain('1 ý kiến sẽ được tạo; 0 ý kiến chưa rõ đơn vị');
    await page.getByTestId('feedback-start').click();
    await expect.poll(async () => (await rpc('feedback.list', {})).total, POLL).toBe(2);
    expect((await rpc('feedback.list', {})).items[1]).toMatchObject({ sourceName: 'Phường TN', attribution: { status: 'matched', sourceId: ward.id } });
  }, 120_000);

  it('creates a source with every field, deletes it after a confirmation, and refuses to delete one that comments use, saying why', async () => {
    await page.getByTestId('feedback-source-name').fill('Đảng bộ xã An Lão');
    await page.getByTestId('feedback-source-alias').fill('X. An Lão');
    await page.getByTestId('feedback-source-alias').press('Enter');
    await page.getByTestId('feedback-source-level').selectOption({ label: 'Xã' });
    await page.getByTestId('feedback-source-parent').selectOption({ label: 'Đảng bộ thành phố Hải Phòng' });
    await page.getByTestId('feedback-source-name').press('Enter');
    await expect.poll(() => row('Đảng bộ xã An Lão').count(), POLL).toBe(1);
    const city = (await named('Đảng bộ thành phố Hải Phòng'))!;
    expect(await named('Đảng bộ xã An Lão')).toMatchObject({ aliases: ['X. An Lão'], level: 'commune', parentId: city.id });
    expect(await page.getByTestId('feedback-source-name').inputValue()).toBe('');

    // Cancelling the confirmation keeps it; confirming deletes it.
    await row('Đảng bộ xã An Lão').getByTestId('feedback-source-delete').click();
    await page.getByTestId('confirm-dialog').press('Escape');
    await expect.poll(() => page.getByTestId('confirm-dialog').count(), POLL).toBe(0);
    expect(await named('Đảng bộ xã An Lão')).toBeDefined();
    await row('Đảng bộ xã An Lão').getByTestId('feedback-source-delete').click();
    await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Đồng ý' }).click();
    await expect.poll(() => row('Đảng bộ xã An Lão').count(), POLL).toBe(0);
    expect(await named('Đảng bộ xã An Lão')).toBeUndefined();

    // The ward has a comment attributed to it: the server refuses, the reason is shown, the comment keeps its source.
    const ward = (await named('Đảng bộ phường Thủy Nguyên'))!;
    await row('Đảng bộ phường Thủy Nguyên').getByTestId('feedback-source-delete').click();
    await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Đồng ý' }).click();
    await expect.poll(() => page.getByTestId('feedback-sources').getByRole('alert').innerText(), POLL).toContain('Không xoá được “Đảng bộ phường Thủy Nguyên”');
    expect(await named('Đảng bộ phường Thủy Nguyên')).toEqual(ward);
    const items = (await rpc('feedback.list', {})).items as { attribution: { sourceId?: string } }[];
    expect(items.filter((item) => item.attribution.sourceId === ward.id)).toHaveLength(2);
  }, 60_000);
});
