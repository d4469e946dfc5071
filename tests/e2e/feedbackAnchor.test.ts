import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADDED_POINT, anchorWorkspace } from '../fixtures/feedback/anchorFixture.ts';
import { launchChromium } from '../helpers/browser.ts';
import { holdChangeFeed } from '../helpers/holdChangeFeed.ts';
import { call } from '../helpers/rpc.ts';
import { startServedApp, type ServedApp } from '../helpers/servedApp.ts';

const ARTIFACTS = fileURLToPath(new URL('../.artifacts/', import.meta.url));
const POLL = { timeout: 20_000 };

let app: ServedApp;
let browser: Browser;
let page: Page;
let ref: { workspaceId: string; documentId: string };
const rpcCall = (method: string, input: unknown) => call(app.url, app.secret, method, input);

interface Item { id: string; text: string; sourceName: string; anchor: { blockIds: string[]; evidence: string[] } | null }
const itemStarting = async (start: string) => ((await rpcCall('feedback.list', { workspaceId: ref.workspaceId })).items as Item[]).find((i) => i.text.startsWith(start))!;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  app = await startServedApp();
  ref = await anchorWorkspace(rpcCall);
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1440, height: 1000 } })).newPage();
  await page.goto(app.openUrl);
  await page.goto(`${app.url}/#/w/${encodeURIComponent(ref.workspaceId)}/feedback`);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('the "chưa gắn" queue and the clusters in Chromium', () => {
  it('anchors automatically, then a person anchors queued comments by keyboard and by clicking a block, skipping one', async () => {
    await page.getByTestId('feedback-anchor-run').click();
    await expect.poll(() => page.getByTestId('feedback-anchor-summary').innerText(), POLL).toContain('Đã gắn 6 ý kiến, 4 ý kiến chưa gắn');
    await expect.poll(() => page.getByTestId('feedback-queue-heading').innerText(), POLL).toBe('Chưa gắn (4)');
    expect(await page.getByTestId('feedback-queue-version').innerText()).toBe('Gắn vào: Dự thảo lần 1');
    const current = () => page.locator('[data-testid="feedback-queue-item"][aria-current="true"]').innerText();
    const selected = () => page.locator('[data-testid="feedback-queue-block"][aria-selected="true"]').innerText();
    await expect.poll(() => page.getByTestId('feedback-queue-block').count(), POLL).toBeGreaterThan(5);
    const queue = page.getByTestId('feedback-queue');
    await queue.focus();
    expect(await current()).toContain('tuyên truyền');

    // s skips, j/k and ↑/↓ move between comments.
    await page.keyboard.press('s');
    expect(await current()).toContain('bồi dưỡng lớp kế cận');
    expect(await page.getByTestId('feedback-queue-note').innerText()).toBe('Đã bỏ qua; ý kiến vẫn chờ gắn.');
    await page.keyboard.press('k');
    expect(await current()).toContain('tuyên truyền');
    await page.keyboard.press('ArrowDown');
    expect(await current()).toContain('bồi dưỡng lớp kế cận');

    // Tab and →/← move between blocks; Enter anchors the comment to the selected one.
    const draft1 = await rpcCall('draft.get', { ...ref, side: 1 });
    const target = (draft1.blocks as { id: string; text: string }[]).findIndex((b) => b.text.startsWith('Đời sống'));
    for (let i = 0; i < target; i++) await page.keyboard.press('Tab');
    expect(await selected()).toContain('Đời sống vật chất');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    expect(await selected()).toContain('Đời sống vật chất');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('feedback-queue-heading').innerText(), POLL).toBe('Chưa gắn (3)');
    expect((await itemStarting('Cần chú ý')).anchor).toMatchObject({ blockIds: [draft1.blocks[target].id], evidence: ['manual'] });
    await page.screenshot({ path: `${ARTIFACTS}feedback-anchor-queue.png`, fullPage: true });

    // The next comment took its place; a click on a block anchors it.
    expect(await current()).toContain('lộ trình chuyển đổi số');
    const heading = page.locator('[data-testid="feedback-queue-block"]', { hasText: 'PHƯƠNG HƯỚNG, NHIỆM VỤ' });
    const headingId = await heading.getAttribute('data-block-id');
    await heading.click();
    await expect.poll(() => page.getByTestId('feedback-queue-heading').innerText(), POLL).toBe('Chưa gắn (2)');
    expect(await page.getByTestId('feedback-queue-note').innerText()).toBe('Đã gắn ý kiến vào đoạn II.');
    const anchored = ((await rpcCall('feedback.list', { workspaceId: ref.workspaceId })).items as Item[]).filter((i) => i.anchor?.evidence.includes('manual'));
    expect(anchored.map((i) => i.anchor!.blockIds[0]).sort()).toEqual([draft1.blocks[target].id, headingId].sort());
  }, 120_000);

  it('shows the refusal when another compiler anchored the comment first, unheard, and reads the queue again', async () => {
    // The page's change feed is held from now on (its waiting request answered by a first change),
    // so the other compiler's anchor below is not heard before this person clicks.
    const feed = await holdChangeFeed(page);
    try {
      await rpcCall('feedback.createCode', { workspaceId: ref.workspaceId, name: 'Chuyển đổi số', parentId: null });
      await expect.poll(() => feed.held(), POLL).toBeGreaterThan(0);
      await expect.poll(() => page.getByTestId('feedback-queue-heading').innerText(), POLL).toBe('Chưa gắn (2)');
      const shown = await page.locator('[data-testid="feedback-queue-item"][aria-current="true"]').innerText();
      const items = (await rpcCall('feedback.list', { workspaceId: ref.workspaceId })).items as Item[];
      // Two copies of one letter wait in the queue: the one shown is the unanchored one with its source and text.
      const item = items.find((i) => shown === `${i.sourceName} ${i.text}` && i.anchor === null)!;
      const draft1 = await rpcCall('draft.get', { ...ref, side: 1 });
      const theirs = (draft1.blocks as { id: string; text: string }[]).find((b) => b.text.startsWith('Thu ngân sách'))!.id;
      await rpcCall('feedback.setAnchor', { ...ref, itemId: item.id, draftNumber: 1, blockIds: [theirs], expectedBlockIds: null });

      await page.locator('[data-testid="feedback-queue-block"]', { hasText: 'Tăng trưởng kinh tế bình quân' }).click();
      await expect.poll(() => page.getByRole('alert').allInnerTexts(), POLL).toContainEqual(expect.stringContaining('gắn vào đoạn khác'));
      // The queue is read again: the comment has left it, anchored where the other compiler put it.
      await expect.poll(() => page.getByTestId('feedback-queue-heading').innerText(), POLL).toBe('Chưa gắn (1)');
      const stored = ((await rpcCall('feedback.list', { workspaceId: ref.workspaceId })).items as Item[]).find((i) => i.id === item.id)!;
      expect(stored.anchor?.blockIds).toEqual([theirs]);
    } finally {
      await feed.release();
    }
  }, 60_000);

  it('shows a comment whose block the working copy deleted as orphaned, with its quote', async () => {
    await rpcCall('draft.restore', { ...ref, number: 2 });
    await page.reload();
    await expect.poll(() => page.getByTestId('feedback-orphan').count(), POLL).toBe(1);
    const orphan = await page.getByTestId('feedback-orphan').innerText();
    expect(orphan).toContain('Đề nghị sửa “Tỷ lệ hộ nghèo');
    expect(orphan).toContain('Trích dẫn: “Tỷ lệ hộ nghèo giảm còn dưới 1%”');
    expect(await page.getByTestId('feedback-orphans').locator('summary').innerText()).toBe('Mất chỗ trong bản làm việc (1)');
  }, 60_000);

  it('anchors an orphaned comment again from its list, to a section of the working copy, by keyboard as in the queue', async () => {
    const orphan = await itemStarting('Đề nghị sửa “Tỷ lệ hộ nghèo');
    const working = (await rpcCall('draft.get', { ...ref, side: 'working' })).blocks as { id: string; text: string; number: string | null }[];
    const section = working.findIndex((b) => b.text === 'Về kinh tế');
    expect(section).toBeGreaterThan(0);
    const picker = page.getByTestId('feedback-orphan-picker');
    // Opened, its blocks take the focus; Esc closes it without anchoring anything.
    await page.getByTestId('feedback-orphan-reanchor').click();
    await expect.poll(() => picker.getByTestId('feedback-queue-block').count(), POLL).toBe(working.length);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('feedback-orphan-picker');
    expect(await picker.innerText()).toContain('Gắn vào: bản làm việc');
    await page.keyboard.press('Escape');
    expect(await picker.count()).toBe(0);
    expect((await itemStarting('Đề nghị sửa “Tỷ lệ hộ nghèo')).anchor).toEqual(orphan.anchor);

    await page.getByTestId('feedback-orphan-reanchor').click();
    await expect.poll(() => picker.getByTestId('feedback-queue-block').count(), POLL).toBe(working.length);
    for (let i = 0; i < section; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    expect(await picker.locator('[aria-selected="true"]').getAttribute('data-block-id')).toBe(working[section].id);
    await page.screenshot({ path: `${ARTIFACTS}feedback-orphan-reanchor.png`, fullPage: true });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('feedback-orphan').count(), POLL).toBe(0);
    expect(await page.getByTestId('feedback-orphans-note').innerText()).toContain('Đã gắn ý kiến vào đoạn 1');
    // Anchored by a person in the working copy, where it now follows by block id: no longer orphaned.
    expect((await itemStarting('Đề nghị sửa “Tỷ lệ hộ nghèo')).anchor).toMatchObject({ blockIds: [working[section].id], evidence: ['manual'], draftNumber: null });
    const followed = await rpcCall('feedback.followAnchors', { ...ref, side: 'working' });
    expect(followed.orphaned).toBe(0);
    expect(followed.items.find((f: { item: { id: string } }) => f.item.id === orphan.id)).toMatchObject({ status: 'kept', blockIds: [working[section].id] });
    // The queue was not touched.
    expect(await page.getByTestId('feedback-queue-heading').innerText()).toBe('Chưa gắn (1)');
  }, 60_000);

  it('clusters the comments, shows the sentence a copy adds, merges two clusters and splits one out, with the trail; in English too', async () => {
    await page.getByTestId('feedback-cluster-run').click();
    await expect.poll(() => page.getByTestId('feedback-cluster').count(), POLL).toBe(2);
    expect(await page.getByTestId('feedback-cluster-result').innerText()).toBe('2 nhóm mới, 0 ý kiến mới vào nhóm đã có.');
    expect(await page.getByTestId('feedback-cluster-count').allInnerTexts()).toEqual(['3 ý kiến của 3 đơn vị', '2 ý kiến của 2 đơn vị']);
    expect(await page.getByTestId('feedback-cluster-added').allInnerTexts()).toEqual([`Thêm: ${ADDED_POINT}`]);

    await page.getByTestId('feedback-cluster-merge').first().selectOption({ index: 1 });
    await expect.poll(() => page.getByTestId('feedback-cluster').count(), POLL).toBe(1);
    expect(await page.getByTestId('feedback-cluster-count').innerText()).toBe('5 ý kiến của 3 đơn vị');
    await page.getByTestId('feedback-cluster-split').nth(2).click();
    await expect.poll(() => page.getByTestId('feedback-cluster-count').innerText(), POLL).toBe('4 ý kiến của 3 đơn vị');
    await page.getByTestId('feedback-cluster-trail').locator('summary').click();
    await expect.poll(() => page.getByTestId('feedback-cluster-trail-entry').count(), POLL).toBe(3);
    const trail = await page.getByTestId('feedback-cluster-trail-entry').allInnerTexts();
    expect(trail.map((e) => e.replace(/^.* — \S+ /u, ''))).toEqual(['tạo nhóm', 'gộp một nhóm khác vào', 'tách một ý kiến ra']);
    expect((await rpcCall('feedback.list', { workspaceId: ref.workspaceId })).total).toBe(10);
    await page.screenshot({ path: `${ARTIFACTS}feedback-clusters.png`, fullPage: true });

    await page.getByTestId('language').selectOption('en');
    await expect.poll(() => page.getByTestId('feedback-cluster-count').innerText(), POLL).toBe('4 comments from 3 organisations');
    // One left: the test above saw another compiler anchor one.
    expect(await page.getByTestId('feedback-queue-heading').innerText()).toBe('Unanchored (1)');
    await page.getByTestId('language').selectOption('vi');
  }, 120_000);
});
