import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkspaceStore } from '../../main/storage/WorkspaceStore.ts';
import { fillFeedback } from '../fixtures/feedback/feedbackWorkspace.ts';
import { generateFeedback } from '../fixtures/generators/feedback.ts';
import { launchChromium } from '../helpers/browser.ts';
import { call } from '../helpers/rpc.ts';
import { artifactPath } from '../helpers/artifacts.ts';
import { startServedApp, type ServedApp } from '../helpers/servedApp.ts';

const POLL = { timeout: 20_000 };
// More than one window of the query (500), so Ctrl+A reads the filter in several.
const GENERATED = 1_200;
const FIXTURE = generateFeedback({ seed: 11, comments: GENERATED, draftWords: 4_000 });
const THEME = 'Cải cách hành chính (thử chọn nhiều)';
const TEMPLATE = { name: 'Tiếp thu chung', status: 'accepted', text: 'Tiểu ban tiếp thu, đã bổ sung vào dự thảo lần 2.' };

let app: ServedApp;
let browser: Browser;
let page: Page;
let workspaceId: string;
const rpc = (method: string, input: unknown) => call(app.url, app.secret, method, input);

beforeAll(async () => {
  app = await startServedApp();
  ({ workspace: { id: workspaceId } } = await rpc('workspace.create', { name: 'Trả lời hàng loạt' }));
  const store = WorkspaceStore.open(join(app.dataDir, `${workspaceId}.vkws`));
  try {
    fillFeedback(store, FIXTURE, { anchorEvery: 2, worked: true });
  } finally {
    store.close();
  }
  await rpc('feedback.createCode', { workspaceId, name: THEME });
  await rpc('feedback.saveTemplate', { workspaceId, template: TEMPLATE });
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  await page.goto(app.openUrl);
  await page.goto(`${app.url}/#/w/${encodeURIComponent(workspaceId)}/feedback`);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const count = () => page.getByTestId('fbv-bulk-count').innerText();
const triageOf = async (ids: string[]) => (await rpc('feedback.triage', { workspaceId, itemIds: ids })).triage as { itemId: string; status: string; response: string; decidedBy: string | null }[];

describe('bulk tagging and answering in Chromium', () => {
  it('checks rows with Space, Shift+↓ and a checkbox, tags them with one theme, and answers them, reporting one refused as decided meanwhile', async () => {
    await page.getByTestId('fbv-tab-table').click();
    await expect.poll(() => page.getByTestId('fbv-total').innerText(), POLL).toBe(`${GENERATED} / ${GENERATED} ý kiến`);
    const rows = (await rpc('feedback.query', { workspaceId, limit: 10 })).rows as { id: string }[];
    await page.getByTestId('fbv-row').first().click();
    // The bar that appears with the first check must not move the table: the rows stay under the pointer.
    const firstRow = () => page.locator('[data-testid=fbv-row][aria-rowindex="1"]').boundingBox();
    const unselected = await firstRow();
    expect(unselected).not.toBeNull();
    await page.keyboard.press('Space');
    await expect.poll(count, POLL).toBe('Đã chọn 1 ý kiến');
    expect(await firstRow()).toEqual(unselected);
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    await expect.poll(count, POLL).toBe('Đã chọn 3 ý kiến');
    // Back up one with Shift: the range follows the focus, row 3 is unchecked again.
    await page.keyboard.press('Shift+ArrowUp');
    await expect.poll(count, POLL).toBe('Đã chọn 2 ý kiến');
    // The focus (and its side panel) moved with Shift; the single-row focus still works.
    expect(await page.locator('[data-testid=fbv-row][aria-selected=true]').getAttribute('aria-rowindex')).toBe('2');
    await page.locator('[data-testid=fbv-row][aria-rowindex="6"] [data-testid=fbv-row-check]').click();
    await expect.poll(count, POLL).toBe('Đã chọn 3 ý kiến');
    const chosen = [rows[0].id, rows[1].id, rows[5].id];
    expect(await page.locator('[data-testid=fbv-row][data-checked=true]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-rowindex')))).toEqual(['1', '2', '6']);

    await page.getByTestId('fbv-bulk-tag').fill(THEME);
    await page.getByTestId('fbv-bulk-tag').press('Enter');
    await expect.poll(() => page.getByTestId('fbv-bulk-tagged').innerText(), POLL).toBe(`Đã gắn chủ đề “${THEME}” cho 3 ý kiến; 0 ý kiến đã có chủ đề này từ trước.`);
    const { codes } = await rpc('feedback.codebook', { workspaceId });
    const theme = codes.find((c: { name: string }) => c.name === THEME);
    const { tags } = await rpc('feedback.tags', { workspaceId, itemIds: rows.map((r) => r.id) });
    expect(tags.filter((t: { codeId: string }) => t.codeId === theme.id).map((t: { itemId: string }) => t.itemId).sort()).toEqual([...chosen].sort());
    // An unknown theme is said so, and nothing is tagged.
    await page.getByTestId('fbv-bulk-tag').fill('Không có chủ đề này');
    await page.getByTestId('fbv-bulk-tag').press('Enter');
    await expect.poll(() => page.getByTestId('fbv-bulk').getByRole('alert').innerText(), POLL).toContain('Không có chủ đề này');

    // The form has read the three decisions; another compiler decides one of them meanwhile.
    await expect.poll(() => page.getByTestId('fbv-bulk-decision-apply').innerText(), POLL).toBe('Áp dụng cho 3 ý kiến');
    const [before] = await triageOf([rows[1].id]);
    const theirs = await rpc('feedback.decide', { workspaceId, itemId: rows[1].id, version: (await rpc('feedback.triage', { workspaceId, itemIds: [rows[1].id] })).triage[0].version, change: { status: 'explained', response: 'Giải trình riêng.' } });
    expect(theirs.triage.status).toBe('explained');
    expect(before.status).not.toBe('explained');
    await page.getByTestId('fbv-bulk-decision-status').selectOption('partly_accepted');
    await page.getByTestId('fbv-bulk-decision-response').fill('Tiếp thu một phần nội dung góp ý.');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.getByTestId('fbv-bulk-decision-outcome').innerText(), POLL).toContain('Đã cập nhật 2 ý kiến.');
    // The other decision came through the served app's key, with no account: the same person in another window, never the stored 'local'.
    const outcome = await page.getByTestId('fbv-bulk-decision-outcome').innerText();
    expect(outcome).toContain('1 ý kiến không được cập nhật vì vừa được quyết định ở nơi khác (một cửa sổ khác);');
    expect(outcome).not.toContain('local');
    const after = new Map((await triageOf(chosen)).map((t) => [t.itemId, t]));
    expect([after.get(rows[0].id)?.status, after.get(rows[5].id)?.status]).toEqual(['partly_accepted', 'partly_accepted']);
    expect(after.get(rows[0].id)?.response).toBe('Tiếp thu một phần nội dung góp ý.');
    expect(after.get(rows[1].id)).toMatchObject({ status: 'explained', response: 'Giải trình riêng.' });
    await page.screenshot({ path: artifactPath('feedback-bulk-selection.png') });
    // Nor does the bar growing with what it did (the tag's line, the outcome's lines).
    expect(await firstRow()).toEqual(unselected);
    // The table shows the new statuses once it has read itself again.
    await expect.poll(() => page.locator('[data-testid=fbv-row][aria-rowindex="1"] .fbv-status').innerText(), POLL).toBe('Tiếp thu một phần');

    // Esc in the table clears the selection; the bar goes.
    await page.getByTestId('fbv-table').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('fbv-bulk').count(), POLL).toBe(0);
    expect(await page.locator('[data-testid=fbv-row][data-checked=true]').count()).toBe(0);
  }, 90_000);

  it('selects every comment of the filter with Ctrl+A, not only the rows loaded, and tags them all', async () => {
    await page.getByTestId('fbv-search').fill('');
    const filter = page.getByTestId('fbv-filter-status');
    await filter.locator('summary').click();
    await filter.locator('input[data-value="new"]').check();
    await filter.locator('summary').click();
    const fresh = (await rpc('feedback.query', { workspaceId, filters: { status: ['new'] }, limit: 1 })).total as number;
    expect(fresh).toBeGreaterThan(200); // more than the table's first page
    await expect.poll(() => page.getByTestId('fbv-total').innerText(), POLL).toBe(`${fresh} / ${GENERATED} ý kiến`);
    await page.getByTestId('fbv-table').focus();
    await page.keyboard.press('Control+a');
    await expect.poll(count, POLL).toBe(`Đã chọn ${fresh} ý kiến`);
    await page.getByTestId('fbv-bulk-tag').fill(THEME);
    await page.getByTestId('fbv-bulk-tag').press('Enter');
    await expect.poll(() => page.getByTestId('fbv-bulk-tagged').innerText(), POLL).toContain(`ý kiến; `);
    const tagged = (await rpc('feedback.query', { workspaceId, filters: { status: ['new'], tag: [(await rpc('feedback.codebook', { workspaceId })).codes.find((c: { name: string }) => c.name === THEME).id] }, limit: 1 })).total;
    expect(tagged).toBe(fresh);
    // Esc in the bar clears the selection too.
    await page.getByTestId('fbv-bulk-tag').press('Escape');
    await expect.poll(() => page.getByTestId('fbv-bulk').count(), POLL).toBe(0);
    await page.getByTestId('fbv-clear').click();
  }, 90_000);

  it('answers a whole cluster from its card with a template: every member gets its status and answer', async () => {
    const { clusters } = await rpc('feedback.listClusters', { workspaceId, limit: 100 });
    const cluster = clusters[0] as { members: { itemId: string }[] };
    expect(cluster.members.length).toBeGreaterThan(1);
    const ids = cluster.members.map((m) => m.itemId);
    await page.getByTestId('fbv-tab-ingest').click();
    const card = page.getByTestId('feedback-cluster').first();
    await card.getByTestId('feedback-cluster-answer').click();
    // Opened with its status field focused, keyboard first.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')), POLL).toBe('feedback-cluster-decision-status');
    await expect.poll(() => card.getByTestId('feedback-cluster-decision-apply').innerText(), POLL).toBe(`Áp dụng cho ${ids.length} ý kiến`);
    await card.getByTestId('feedback-cluster-decision-template').selectOption({ label: TEMPLATE.name });
    expect(await card.getByTestId('feedback-cluster-decision-response').inputValue()).toBe(TEMPLATE.text);
    await card.getByTestId('feedback-cluster-decision-apply').click();
    await expect.poll(() => card.getByTestId('feedback-cluster-decision-outcome').innerText(), POLL).toBe(`Đã cập nhật ${ids.length} ý kiến.`);
    await card.screenshot({ path: artifactPath('feedback-cluster-answer.png') });
    const decided = await triageOf(ids);
    expect(decided.map((t) => [t.status, t.response])).toEqual(ids.map(() => [TEMPLATE.status, TEMPLATE.text]));
    // Esc closes the form and gives the focus back to its button.
    await card.getByTestId('feedback-cluster-decision-response').press('Escape');
    expect(await card.getByTestId('feedback-cluster-decision').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('feedback-cluster-answer');
  }, 90_000);
});
