import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commentTexts, commentWorkbook, wardReport } from '../fixtures/feedback/commentFiles.ts';
import { launchChromium } from '../helpers/browser.ts';
import { holdChangeFeed } from '../helpers/holdChangeFeed.ts';
import { call } from '../helpers/rpc.ts';
import { startServedApp, type ServedApp } from '../helpers/servedApp.ts';

const ARTIFACTS = fileURLToPath(new URL('../.artifacts/', import.meta.url));
const POLL = { timeout: 20_000 };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

let app: ServedApp;
let browser: Browser;
let page: Page;
let workspaceId: string;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  app = await startServedApp();
  ({ workspace: { id: workspaceId } } = await call(app.url, app.secret, 'workspace.create', { name: 'Tổng hợp góp ý' }));
  for (const name of ['Đảng bộ phường Thủy Nguyên', 'Đảng bộ xã An Lão']) {
    await call(app.url, app.secret, 'feedback.createSource', { workspaceId, source: { name, aliases: [], level: name.includes('xã') ? 'commune' : 'ward', parentId: null } });
  }
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  await page.goto(app.openUrl);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('the feedback ingestion panel in Chromium', () => {
  it('previews an .xlsx and a .docx report before writing, imports both with progress, and lists the items with their flags', async () => {
    const texts = commentTexts(3);
    const xlsx = await commentWorkbook([
      { source: 'P. Thuỷ Nguyên', location: 'Mục II.3', text: texts[0] },
      { source: 'Đảng bộ phường Lạ', location: 'Chỉ tiêu (7)', text: texts[1] },
      { source: 'X. An Lão', location: '', text: '' },
      { source: 'X. An Lão', location: 'Mục I', text: texts[2] },
    ]);
    await page.goto(`${app.url}/#/w/${encodeURIComponent(workspaceId)}`);
    await page.getByTestId('open-feedback').click();
    await page.waitForURL(/#\/w\/.+\/feedback$/u);
    await page.getByTestId('feedback-files').setInputFiles([
      { name: 'phieu-dien-tu.xlsx', mimeType: XLSX, buffer: Buffer.from(xlsx) },
      { name: 'bao-cao-phuong.docx', mimeType: DOCX, buffer: Buffer.from(wardReport()) },
      { name: 'hong.xlsx', mimeType: XLSX, buffer: Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(64, 1)]) },
    ]);
    await expect.poll(() => page.getByTestId('feedback-preview').count(), POLL).toBe(2);
    const counts = await page.getByTestId('feedback-preview-counts').allInnerTexts();
    expect(counts[0]).toContain('3 ý kiến sẽ được tạo; 1 ý kiến chưa rõ đơn vị');
    expect(counts[1]).toContain('4 ý kiến sẽ được tạo');
    expect(await page.getByTestId('feedback-preview-problems').first().innerText()).toContain('Dòng 5: không có nội dung góp ý');
    await expect.poll(() => page.getByRole('alert').innerText(), POLL).toContain('hong.xlsx');
    expect(await page.getByTestId('feedback-items-heading').innerText()).toContain('(0)');

    // Remapping the location column to none is previewed again by the server.
    await page.getByTestId('feedback-map-location').first().selectOption('');
    await expect.poll(() => page.getByTestId('feedback-preview').first().locator('tbody tr').first().locator('td').nth(3).innerText(), POLL).toBe('');
    await page.getByTestId('feedback-map-location').first().selectOption({ label: 'Vị trí' });
    await expect.poll(() => page.getByTestId('feedback-preview').first().locator('tbody tr').first().locator('td').nth(3).innerText(), POLL).toBe('Mục II.3');

    await page.getByTestId('feedback-document').fill('Báo cáo chính trị');
    await page.getByTestId('feedback-start').click();
    await expect.poll(() => page.getByTestId('feedback-result').count(), POLL).toBe(2);
    expect(await page.getByTestId('feedback-progress').getAttribute('value')).toBe('2');
    await expect.poll(() => page.getByTestId('feedback-item').count(), POLL).toBe(7);
    expect(await page.getByTestId('feedback-items-heading').innerText()).toContain('(7)');
    const rows = await page.getByTestId('feedback-item').allInnerTexts();
    expect(rows.find((row) => row.includes('Đảng bộ phường Lạ'))).toContain('Chưa có trong danh sách đơn vị');
    expect(rows.find((row) => row.includes('P. Thuỷ Nguyên'))).toMatch(/Khớp \(95%\)/u);
    // The batches are a list of their own (feedback.listBatches), read again beside the items after
    // the import: shown the items, the page may still show the batches it had before.
    await expect.poll(() => page.getByTestId('feedback-batch').count(), POLL).toBe(2);
    await page.screenshot({ path: `${ARTIFACTS}feedback-ingest.png`, fullPage: true });
  }, 120_000);

  it('says a file was already imported in its preview, and refuses it on import', async () => {
    const again = await commentWorkbook([{ source: 'X. An Lão', location: '', text: 'Một ý kiến khác hẳn.' }]);
    await page.getByTestId('feedback-files').setInputFiles([{ name: 'mot.xlsx', mimeType: XLSX, buffer: Buffer.from(again) }]);
    await expect.poll(() => page.getByTestId('feedback-preview').count(), POLL).toBe(1);
    await page.getByTestId('feedback-start').click();
    await expect.poll(() => page.getByTestId('feedback-result').count(), POLL).toBe(3);
    await page.getByTestId('feedback-files').setInputFiles([{ name: 'mot-lan-nua.xlsx', mimeType: XLSX, buffer: Buffer.from(again) }]);
    await expect.poll(() => page.getByTestId('feedback-preview-imported').count(), POLL).toBe(1);
    await page.getByTestId('feedback-start').click();
    await expect.poll(() => page.getByText('mot-lan-nua.xlsx: không nhập được.').count(), POLL).toBe(1);
    expect(await page.getByRole('alert').last().innerText()).toContain('đã được nhập');
  }, 60_000);

  it('adds a source to the registry and settles a flagged item with it', async () => {
    await page.getByTestId('feedback-sources').locator('summary').click();
    // "Đảng bộ phường Lạ" is how one committee misspelt the ward's name: the registry's name matches nothing it wrote,
    // so the server leaves the item flagged (it matches flagged items again after every registry change) and a person settles it.
    await page.getByTestId('feedback-source-name').fill('Đảng bộ phường Lạc Viên');
    await page.getByTestId('feedback-source-create').click();
    await expect.poll(() => page.getByTestId('feedback-sources').locator('summary').innerText(), POLL).toContain('(3)');
    const row = page.getByTestId('feedback-item').filter({ hasText: 'Đảng bộ phường Lạ' });
    expect(await row.innerText()).toContain('Chưa có trong danh sách đơn vị');
    await row.getByTestId('feedback-set-source').selectOption({ label: 'Đảng bộ phường Lạc Viên' });
    await expect.poll(() => row.innerText(), POLL).toContain('Đã xác định (người tổng hợp)');
    expect(await row.getByTestId('feedback-set-source').count()).toBe(0);
    await page.screenshot({ path: `${ARTIFACTS}feedback-items.png`, fullPage: true });
  }, 60_000);

  it('downloads every comment as an .xlsx with its settled source and provenance', async () => {
    const { total } = await call(app.url, app.secret, 'feedback.list', { workspaceId });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('feedback-export-xlsx').click()]);
    expect(download.suggestedFilename()).toBe('Tổng hợp góp ý - Ý kiến góp ý.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows).toHaveLength(total + 1);
    const [headings, ...data] = rows;
    const settled = data.find((row) => row[headings.indexOf('Đơn vị (theo danh mục)')] === 'Đảng bộ phường Lạc Viên');
    expect(settled?.[headings.indexOf('Xác định đơn vị')]).toBe('Người xác định');
    expect(data.every((row) => typeof row[headings.indexOf('Tệp nguồn')] === 'string')).toBe(true);
  }, 60_000);

  it('shows the refusal when another compiler settled the source first, unheard, then the item as they left it', async () => {
    const csv = 'Đơn vị,Ý kiến\n"Chi bộ Lạ Hoắc","Đề nghị bổ sung giải pháp về nhà ở xã hội cho công nhân."\n';
    // The page's change feed is held from now on (its waiting request answered by this import
    // first), so the other compiler's choice below is not heard before this person chooses.
    const feed = await holdChangeFeed(page);
    try {
      await call(app.url, app.secret, 'feedback.import', { workspaceId, fileName: 'la-hoac.csv', dataBase64: Buffer.from(csv).toString('base64') });
      const row = page.getByTestId('feedback-item').filter({ hasText: 'Chi bộ Lạ Hoắc' });
      await expect.poll(() => row.getByTestId('feedback-set-source').count(), POLL).toBe(1);
      await expect.poll(() => feed.held(), POLL).toBeGreaterThan(0);
      const { items } = await call(app.url, app.secret, 'feedback.list', { workspaceId });
      const { sources } = await call(app.url, app.secret, 'feedback.listSources', { workspaceId });
      const item = items.find((i: { sourceName: string }) => i.sourceName === 'Chi bộ Lạ Hoắc');
      const ward = sources.find((x: { name: string }) => x.name === 'Đảng bộ phường Thủy Nguyên');
      await call(app.url, app.secret, 'feedback.setSource', { workspaceId, itemId: item.id, sourceId: ward.id, expectedSourceId: null });

      await row.getByTestId('feedback-set-source').selectOption({ label: 'Đảng bộ xã An Lão' });
      await expect.poll(() => page.getByRole('alert').allInnerTexts(), POLL).toContainEqual(expect.stringContaining('gán cho đơn vị «Đảng bộ phường Thủy Nguyên»'));
      // The list is read again: the item as it stands, settled by the other compiler.
      await expect.poll(() => row.innerText(), POLL).toContain('Đã xác định (người tổng hợp)');
      const stored = (await call(app.url, app.secret, 'feedback.list', { workspaceId })).items.find((i: { id: string }) => i.id === item.id);
      expect(stored.attribution).toEqual({ status: 'manual', sourceId: ward.id });
    } finally {
      await feed.release();
    }
  }, 60_000);

  it('answers a comment from a template with Ctrl+Enter, and shows another compiler’s decision live: beside what this person typed, or in place of an untouched form', async () => {
    await page.getByTestId('feedback-templates').locator('summary').click();
    await page.getByTestId('feedback-template-name').fill('Tiếp thu chung');
    await page.getByTestId('feedback-template-text').fill('Tiểu ban xin tiếp thu và đã chỉnh sửa trong dự thảo.');
    await page.getByTestId('feedback-template-add').click();
    await expect.poll(() => page.getByTestId('feedback-template').count(), POLL).toBe(1);

    const first = page.getByTestId('feedback-item').first();
    await first.getByTestId('feedback-answer').click();
    const form = page.getByTestId('feedback-triage');
    await form.getByTestId('feedback-triage-template').selectOption({ label: 'Tiếp thu chung' });
    expect(await form.getByTestId('feedback-triage-status').inputValue()).toBe('accepted');
    await form.getByTestId('feedback-triage-response').press('Control+Enter');
    await expect.poll(() => first.getByTestId('feedback-item-status').innerText(), POLL).toBe('Tiếp thu');
    await expect.poll(() => form.getByTestId('feedback-triage-decided').count(), POLL).toBe(1);
    // The served app has no accounts: its stored name ("local") is nobody's to read.
    expect(await form.getByTestId('feedback-triage-decided').innerText()).toMatch(/^Quyết định lúc /u);

    // This person starts typing; meanwhile another compiler decides the same comment. It shows up
    // live beside the typing, which is kept, and nothing was overwritten.
    const itemId = (await call(app.url, app.secret, 'feedback.list', { workspaceId })).items[0].id;
    await form.getByTestId('feedback-triage-response').fill('Câu trả lời của tôi.');
    await call(app.url, app.secret, 'feedback.decide', { workspaceId, itemId, version: 1, change: { status: 'explained', response: 'Giải trình của người khác.' } });
    await expect.poll(() => form.getByTestId('feedback-triage-theirs').count(), POLL).toBe(1);
    expect(await form.getByTestId('feedback-triage-theirs').innerText()).toContain('Giải trình của người khác.');
    expect(await form.getByTestId('feedback-triage-theirs').innerText()).toMatch(/^Vừa có quyết định ở một cửa sổ khác: Giải trình/u);
    expect(await form.getByTestId('feedback-triage-response').inputValue()).toBe('Câu trả lời của tôi.');
    await expect.poll(() => first.getByTestId('feedback-item-status').innerText(), POLL).toBe('Giải trình');
    const [kept] = (await call(app.url, app.secret, 'feedback.triage', { workspaceId, itemIds: [itemId] })).triage;
    expect(kept).toMatchObject({ status: 'explained', response: 'Giải trình của người khác.', version: 2 });
    await page.screenshot({ path: `${ARTIFACTS}feedback-triage-conflict.png`, fullPage: true });
    // Saving now is a choice made knowing theirs.
    await form.getByTestId('feedback-triage-save').click();
    await expect.poll(async () => (await call(app.url, app.secret, 'feedback.triage', { workspaceId, itemIds: [itemId] })).triage[0].response, POLL).toBe('Câu trả lời của tôi.');
    await expect.poll(() => form.getByTestId('feedback-triage-theirs').count(), POLL).toBe(0);

    // With nothing typed, a decision made elsewhere simply replaces the form, without a reload.
    await call(app.url, app.secret, 'feedback.decide', { workspaceId, itemId, version: 3, change: { status: 'out_of_scope', response: 'Không thuộc phạm vi văn kiện.' } });
    await expect.poll(() => form.getByTestId('feedback-triage-response').inputValue(), POLL).toBe('Không thuộc phạm vi văn kiện.');
    expect(await form.getByTestId('feedback-triage-status').inputValue()).toBe('out_of_scope');
    expect(await form.getByTestId('feedback-triage-theirs').count()).toBe(0);

  }, 60_000);

  it('tags a comment by typing a theme’s name (tone placement and case aside), takes it off with Backspace, and adds a theme to the codebook', async () => {
    await page.getByTestId('feedback-codebook').locator('summary').click();
    await page.getByTestId('feedback-code-name').fill('Đô thị thông minh');
    await page.getByTestId('feedback-code-name').press('Enter');
    await expect.poll(() => page.getByTestId('feedback-code').filter({ hasText: 'Đô thị thông minh' }).count(), POLL).toBe(1);

    const rows = page.getByTestId('feedback-item');
    await rows.nth(1).getByTestId('feedback-answer').click();
    const tags = page.getByTestId('feedback-tags');
    // Tone placement and case do not matter: "kinh tế BIỂN" names "Kinh tế biển".
    await tags.getByTestId('feedback-tag-input').fill('kinh tế BIỂN');
    await tags.getByTestId('feedback-tag-input').press('Enter');
    await expect.poll(() => tags.getByTestId('feedback-tag').allInnerTexts(), POLL).toEqual([expect.stringContaining('Kinh tế › Kinh tế biển')]);
    await tags.getByTestId('feedback-tag-input').fill('Không có chủ đề này');
    await tags.getByTestId('feedback-tag-input').press('Enter');
    expect(await tags.getByRole('alert').innerText()).toContain('Không có chủ đề “Không có chủ đề này”');
    // Backspace in the empty field takes the last theme off; Enter puts it back.
    await tags.getByTestId('feedback-tag-input').fill('');
    await tags.getByTestId('feedback-tag-input').press('Backspace');
    await expect.poll(() => tags.getByTestId('feedback-tag').count(), POLL).toBe(0);
    await tags.getByTestId('feedback-tag-input').fill('Kinh tế biển');
    await tags.getByTestId('feedback-tag-input').press('Enter');
    await expect.poll(() => tags.getByTestId('feedback-tag').count(), POLL).toBe(1);
    await page.screenshot({ path: `${ARTIFACTS}feedback-tags.png`, fullPage: true });

    const { items } = await call(app.url, app.secret, 'feedback.list', { workspaceId });
    const { tags: stored } = await call(app.url, app.secret, 'feedback.tags', { workspaceId, itemIds: [items[1].id] });
    expect(stored).toMatchObject([{ codeId: 'code-2-4', setBy: 'person' }]);
    // The codebook's counts are read again (feedback.codebook) after each tag change, apart from the
    // comment's tags: the last tag shown, they may still be those after the tag was taken off.
    await expect.poll(() => page.getByTestId('feedback-code').filter({ hasText: 'Kinh tế biển' }).innerText(), POLL).toContain('(1)');
  }, 60_000);
});
