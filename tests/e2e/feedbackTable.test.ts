import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkspaceStore } from '../../main/storage/WorkspaceStore.ts';
import { commentWorkbook } from '../fixtures/feedback/commentFiles.ts';
import { fillFeedback } from '../fixtures/feedback/feedbackWorkspace.ts';
import { generateFeedback } from '../fixtures/generators/feedback.ts';
import { launchChromium } from '../helpers/browser.ts';
import { call } from '../helpers/rpc.ts';
import { startServedApp, type ServedApp } from '../helpers/servedApp.ts';
import { artifactPath } from '../helpers/artifacts.ts';

const ARTIFACTS = fileURLToPath(new URL('../.artifacts/', import.meta.url));
const POLL = { timeout: 20_000 };
const GENERATED = 3_000;
const FIXTURE = generateFeedback({ seed: 5, comments: GENERATED, draftWords: 8_000 });
const IMPORTED = ['Cần làm rõ nội dung hòa giải ở cơ sở.', 'Bổ sung chính sách HOÀ NHẬP cho người khuyết tật.', 'Phát triển văn hóa đọc trong nhà trường.'];
const ALL = GENERATED + IMPORTED.length;

let app: ServedApp;
let browser: Browser;
let page: Page;
let workspaceId: string;
let documentId: string;
const rpc = (method: string, input: unknown) => call(app.url, app.secret, method, input);

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  app = await startServedApp();
  ({ workspace: { id: workspaceId } } = await rpc('workspace.create', { name: 'Tổng hợp góp ý' }));
  // The generated comments, anchored and triaged, written to the workspace file beside the server (as the CLI would).
  const store = WorkspaceStore.open(join(app.dataDir, `${workspaceId}.vkws`));
  try {
    ({ documentId } = fillFeedback(store, FIXTURE, { anchorEvery: 2, worked: true }));
  } finally {
    store.close();
  }
  // And three comments through the ingestion RPC, from a source not in the registry.
  const bytes = await commentWorkbook(IMPORTED.map((text) => ({ source: 'Ban Tuyên giáo', location: '', text })));
  await rpc('feedback.import', { workspaceId, fileName: 'ban-tuyen-giao.xlsx', dataBase64: Buffer.from(bytes).toString('base64') });
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  await page.goto(app.openUrl);
  await page.goto(`${app.url}/#/w/${encodeURIComponent(workspaceId)}/feedback`);
  await page.getByTestId('fbv-tab-table').click();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const total = () => page.getByTestId('fbv-total').innerText();
const selectedRow = () => page.locator('[data-testid=fbv-row][aria-selected=true]');
const detailText = () => page.getByTestId('fbv-detail-text').innerText();

/** Back to every comment: the tests before may leave a filter (a dashboard click). */
async function clearFilters() {
  if ((await page.getByTestId('fbv-clear').count()) > 0) await page.getByTestId('fbv-clear').click();
  await page.getByTestId('fbv-search').fill('');
  await expect.poll(total, POLL).toBe(`${ALL} / ${ALL} ý kiến`);
}

async function choose(dim: string, value: string) {
  const filter = page.getByTestId(`fbv-filter-${dim}`);
  await filter.locator('summary').click();
  await filter.locator(`input[data-value="${value}"]`).check();
  await filter.locator('summary').click();
}

describe('the feedback table and dashboard in Chromium', () => {
  it('shows the ingestion panel first (screenshot for the README)', async () => {
    await page.getByTestId('fbv-tab-ingest').click();
    await expect.poll(() => page.getByTestId('fbv-tab-ingest').getAttribute('aria-selected'), POLL).toBe('true');
    await page.waitForTimeout(300);
    await page.screenshot({ path: artifactPath('screenshot-feedback-panel.png') });
    await expect.poll(() => page.getByTestId('feedback-clusters').count(), POLL).toBe(1);
    await page.getByTestId('fbv-tab-table').click();
    // The ingest tab's lists leave the page while the table shows (their elements slowed every scrolling frame); the import form stays.
    await expect.poll(() => page.getByTestId('feedback-clusters').count(), POLL).toBe(0);
    expect(await page.getByTestId('feedback-ingest').count()).toBe(1);
  }, 60_000);

  it('shows every comment in a virtualised table, and filters by status with the counts the server gives', async () => {
    await expect.poll(total, POLL).toBe(`${ALL} / ${ALL} ý kiến`);
    const rendered = await page.getByTestId('fbv-row').count();
    expect(rendered).toBeGreaterThan(10);
    expect(rendered).toBeLessThan(80);
    await page.screenshot({ path: `${ARTIFACTS}feedback-table.png` });
    const accepted = (await rpc('feedback.query', { workspaceId, filters: { status: ['accepted'] }, limit: 1 })).total;
    await choose('status', 'accepted');
    await expect.poll(total, POLL).toBe(`${accepted} / ${ALL} ý kiến`);
    const statuses = await page.locator('[data-testid=fbv-row] .fbv-status').allInnerTexts();
    expect(statuses.length).toBeGreaterThan(5);
    expect(new Set(statuses)).toEqual(new Set(['Tiếp thu']));
    await page.getByTestId('fbv-clear').click();
    await expect.poll(total, POLL).toBe(`${ALL} / ${ALL} ý kiến`);
  }, 60_000);

  it('finds "hòa" and "HOÀ" when searching "hoà", not "hóa"', async () => {
    await page.getByTestId('fbv-search').fill('hoà');
    await choose('source', '');
    await expect.poll(total, POLL).toBe(`2 / ${ALL} ý kiến`);
    expect(await page.locator('[data-testid=fbv-row] .fbv-text').allInnerTexts()).toEqual(IMPORTED.slice(0, 2));
    await page.getByTestId('fbv-search').fill('hoa');
    await expect.poll(total, POLL).toBe(`3 / ${ALL} ý kiến`);
    await page.getByTestId('fbv-search').fill('');
    await page.getByTestId('fbv-clear').click();
    await expect.poll(total, POLL).toBe(`${ALL} / ${ALL} ý kiến`);
  }, 60_000);

  it('moves the selection with the keyboard and shows the selected comment’s source text and anchor beside the table', async () => {
    const first = (await rpc('feedback.query', { workspaceId, limit: 3 })).rows;
    await page.getByTestId('fbv-row').first().click();
    await expect.poll(detailText, POLL).toBe(FIXTURE.comments[0].text);
    expect(await page.getByTestId('fbv-detail-provenance').innerText()).toBe('Tệp tong-hop.xlsx, trang tính “Tổng hợp”, dòng 2');
    await page.keyboard.press('ArrowDown');
    expect(await selectedRow().getAttribute('aria-rowindex')).toBe('2');
    await expect.poll(detailText, POLL).toBe(first[1].text);
    expect(await page.getByTestId('fbv-detail-provenance').innerText()).toContain('dòng 3');
    // Comment 1 is not anchored (every other comment is): the side says so.
    expect(await page.getByTestId('fbv-detail-anchor').innerText()).toContain('Chưa gắn');
    await page.keyboard.press('PageDown');
    expect(Number(await selectedRow().getAttribute('aria-rowindex'))).toBeGreaterThan(10);
    await page.keyboard.press('End');
    await expect.poll(() => selectedRow().getAttribute('aria-rowindex'), POLL).toBe(String(ALL));
    await expect.poll(detailText, POLL).toBe(IMPORTED[2]);
    expect(await page.getByTestId('fbv-detail-provenance').innerText()).toBe('Tệp ban-tuyen-giao.xlsx, trang tính “Tổng hợp ý kiến”, dòng 5');
    await page.keyboard.press('Home');
    await expect.poll(detailText, POLL).toBe(FIXTURE.comments[0].text);
    // Down to the first anchored comment, then Enter opens it: the side gets the focus.
    const anchoredAt = FIXTURE.comments.findIndex((c, i) => i % 2 === 0 && c.expectedBlockIds !== null);
    for (let k = 0; k < anchoredAt; k++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('fbv-detail');
    await expect.poll(detailText, POLL).toBe(FIXTURE.comments[anchoredAt].text);
    const block = FIXTURE.draft.find((b) => b.id === FIXTURE.comments[anchoredAt].expectedBlockIds![0])!;
    expect(await page.getByTestId('fbv-detail-anchor').innerText()).toContain(block.text.slice(0, 60));
    expect(await page.getByTestId('fbv-detail-anchor').innerText()).toContain('Báo cáo chính trị, dự thảo lần 1 — độ tin cậy 90%');
    await page.screenshot({ path: `${ARTIFACTS}feedback-table-selected.png` });
  }, 60_000);

  it('draws the dashboard’s charts, and a click on a section’s bar opens the table filtered to it', async () => {
    const dashboard = await rpc('feedback.dashboard', { workspaceId });
    await page.getByTestId('fbv-tab-dashboard').click();
    await expect.poll(() => page.getByTestId('fbv-dash-total').innerText(), POLL).toBe(`Tổng số: ${ALL} ý kiến`);
    for (const chart of ['section', 'heat', 'level', 'day']) {
      await expect.poll(() => page.locator(`[data-testid=fbv-chart-${chart}] svg path`).count(), POLL).toBeGreaterThan(3);
    }
    expect(await page.getByTestId('fbv-chart-level').innerText()).toContain('Phường');
    await page.waitForTimeout(1_200); // ECharts' entry animation, for the screenshot
    await page.screenshot({ path: `${ARTIFACTS}feedback-dashboard.png`, fullPage: true });
    const top = dashboard.bySection[0];
    await page.locator('[data-testid=fbv-chart-section] svg path[fill="#a3161a"]').first().click();
    await expect.poll(total, POLL).toBe(`${top.count} / ${ALL} ý kiến`);
    expect(await page.getByTestId('fbv-filter-section').locator('summary').innerText()).toContain(top.label.slice(0, 20));
    const sections = await page.locator('[data-testid=fbv-row] > span:nth-child(3)').allInnerTexts();
    expect(new Set(sections)).toEqual(new Set([top.label]));
  }, 60_000);

  it('filters by theme (a parent code keeping its children), by duplicate group and by assignee, with the columns that show them', async () => {
    await clearFilters();
    const economy = (await rpc('feedback.query', { workspaceId, filters: { tag: ['code-2'] }, limit: 1 })).total;
    expect(economy).toBeGreaterThan(0);
    await choose('tag', 'code-2');
    await expect.poll(total, POLL).toBe(`${economy} / ${ALL} ý kiến`);
    const tags = await page.getByTestId('fbv-row-tags').allInnerTexts();
    expect(tags.length).toBeGreaterThan(5);
    const economyNames = ['Kinh tế', 'Công nghiệp', 'Nông nghiệp', 'Dịch vụ, du lịch', 'Kinh tế biển', 'Chuyển đổi số'];
    expect(tags.every((cell) => cell.split('; ').some((name) => economyNames.includes(name)))).toBe(true);
    await page.getByTestId('fbv-clear').click();
    const { facets } = await rpc('feedback.query', { workspaceId, limit: 1 });
    const group = facets.cluster[0];
    await choose('cluster', group.value);
    await expect.poll(total, POLL).toBe(`${group.count} / ${ALL} ý kiến`);
    expect(new Set(await page.getByTestId('fbv-row-cluster').allInnerTexts())).toEqual(new Set([`${group.count} ý kiến`]));
    await page.getByTestId('fbv-clear').click();
    const assigned = facets.assignee.find((e: { value: string }) => e.value === 'Lê Hoà');
    await choose('assignee', 'Lê Hoà');
    await expect.poll(total, POLL).toBe(`${assigned.count} / ${ALL} ý kiến`);
    await page.getByTestId('fbv-clear').click();
    await expect.poll(total, POLL).toBe(`${ALL} / ${ALL} ý kiến`);
  }, 60_000);

  it('answers the queue from the side panel by keyboard: A to the answer, Ctrl+Enter saves and goes to the next comment, Esc back to the table', async () => {
    await clearFilters();
    await choose('status', 'new');
    const queue = (await rpc('feedback.query', { workspaceId, filters: { status: ['new'] }, limit: 3 })).rows;
    await page.getByTestId('fbv-row').first().click();
    await expect.poll(detailText, POLL).toBe(queue[0].text);
    await page.getByTestId('fbv-table').focus();
    await page.keyboard.press('a');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')), POLL).toBe('feedback-triage-response');
    await page.getByTestId('feedback-triage-status').selectOption('accepted');
    await page.getByTestId('feedback-triage-response').focus();
    await page.keyboard.type('Tiếp thu, đã bổ sung vào dự thảo.');
    await page.keyboard.press('Control+Enter');
    // Saved on the server; the decided comment leaves the "new" filter and the next one is selected, its answer focused.
    await expect.poll(async () => (await rpc('feedback.triage', { workspaceId, itemIds: [queue[0].id] })).triage[0].response, POLL).toBe('Tiếp thu, đã bổ sung vào dự thảo.');
    await expect.poll(detailText, POLL).toBe(queue[1].text);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')), POLL).toBe('feedback-triage-response');
    await expect.poll(total, POLL).toMatch(/^\d+ \/ /u);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('fbv-table');
    await page.keyboard.press('ArrowDown');
    await expect.poll(detailText, POLL).toBe(queue[2].text);
    await expect.poll(() => page.getByTestId('feedback-triage-response').count(), POLL).toBe(1);
    await expect.poll(() => page.getByTestId('feedback-tags').count(), POLL).toBe(1);
    await page.screenshot({ path: artifactPath('screenshot-feedback-table.png') });
  }, 90_000);

  it('shows another compiler’s decision made meanwhile beside what was typed, and overwrites it only when asked again', async () => {
    await clearFilters();
    const selected = (await rpc('feedback.query', { workspaceId, limit: 4 })).rows[3];
    await page.getByTestId('fbv-row').nth(3).click();
    await expect.poll(detailText, POLL).toBe(selected.text);
    await expect.poll(() => page.getByTestId('feedback-triage-response').count(), POLL).toBe(1);
    const { triage: [before] } = await rpc('feedback.triage', { workspaceId, itemIds: [selected.id] });
    await page.getByTestId('feedback-triage-response').fill('Câu trả lời của tôi');
    await rpc('feedback.decide', { workspaceId, itemId: selected.id, version: before.version, change: { status: 'explained', response: 'Giải trình của người khác' } });
    // Heard through the page's change feed, or refused on save (409): either way theirs is shown and nothing of theirs is lost.
    await expect.poll(() => page.getByTestId('feedback-triage-theirs').count(), POLL).toBe(1);
    expect(await page.getByTestId('feedback-triage-theirs').innerText()).toContain('Giải trình của người khác');
    expect(await page.getByTestId('feedback-triage-response').inputValue()).toBe('Câu trả lời của tôi');
    expect((await rpc('feedback.triage', { workspaceId, itemIds: [selected.id] })).triage[0].response).toBe('Giải trình của người khác');
    await page.getByTestId('feedback-triage-save').click();
    await expect.poll(async () => (await rpc('feedback.triage', { workspaceId, itemIds: [selected.id] })).triage[0].response, POLL).toBe('Câu trả lời của tôi');
  }, 60_000);

  it('draws the sections × themes heat map on the codebook’s top-level codes (screenshot for the README)', async () => {
    const dashboard = await rpc('feedback.dashboard', { workspaceId });
    expect(dashboard.heat.themes.map((e: { label: string }) => e.label)).toContain('Kinh tế');
    await page.getByTestId('fbv-tab-dashboard').click();
    await expect.poll(() => page.locator('[data-testid=fbv-chart-heat] svg path').count(), POLL).toBeGreaterThan(3);
    expect(await page.getByTestId('fbv-chart-heat').innerText()).toContain('Kinh tế');
    await page.waitForTimeout(1_200);
    await page.screenshot({ path: artifactPath('screenshot-feedback-dashboard.png'), fullPage: true });
    await page.getByTestId('fbv-tab-table').click();
  }, 60_000);

  it('counts the feedback of each section on the editor’s outline, lists a section’s in a panel, and opens one in the table', async () => {
    const { facets } = await rpc('feedback.query', { workspaceId, limit: 1 });
    const counted = new Map<string, number>(facets.section.filter((e: { value: string }) => e.value.startsWith(`${documentId}:`)).map((e: { value: string; count: number }) => [e.value.slice(documentId.length + 1), e.count]));
    expect(counted.size).toBeGreaterThan(2);
    await page.goto(`${app.url}/#/w/${encodeURIComponent(workspaceId)}/d/${encodeURIComponent(documentId)}`);
    await expect.poll(() => page.getByTestId('outline-feedback').count(), POLL).toBeGreaterThan(2);
    const [sectionId, count] = [...counted.entries()].sort((a, b) => b[1] - a[1])[0];
    const entry = page.locator(`[data-testid=outline-item][data-block-id="${sectionId}"]`);
    expect(await entry.getByTestId('outline-feedback').innerText()).toBe(String(count));
    await page.getByTestId('toggle-section-feedback').click();
    await entry.locator('.outline-jump').click();
    await expect.poll(() => page.getByTestId('section-feedback-count').innerText(), POLL).toBe(`Số ý kiến gắn với mục: ${count}`);
    const first = (await rpc('feedback.query', { workspaceId, filters: { section: [`${documentId}:${sectionId}`] }, limit: 1 })).rows[0];
    expect(await page.getByTestId('section-feedback-item').first().innerText()).toContain(first.text.slice(0, 30));
    await page.getByTestId('section-feedback-item').first().click();
    await expect.poll(total, POLL).toBe(`${count} / ${ALL} ý kiến`);
    await expect.poll(detailText, POLL).toBe(first.text);
    // The frozen draft 1 lists its sections with their counts beside the text; a click opens the table on one.
    await page.goto(`${app.url}/#/w/${encodeURIComponent(workspaceId)}/d/${encodeURIComponent(documentId)}/draft/1`);
    const listed = page.locator(`[data-testid=draft-section-feedback-item][data-block-id="${sectionId}"]`);
    await expect.poll(() => listed.count(), POLL).toBe(1);
    expect(await listed.locator('.outline-feedback').innerText()).toBe(String(count));
    await listed.click();
    await expect.poll(total, POLL).toBe(`${count} / ${ALL} ý kiến`);
  }, 90_000);
});
