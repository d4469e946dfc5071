import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ADMIN, AN, BINH, useTeamBrowser } from '../helpers/browserServer.ts';
import { editorOf, waitSaved } from '../helpers/editorPage.ts';
import { inlineSuggestions as inline, OPEN_SUGGESTION as OPEN, scrollToTop, selectText, serverText, shownText } from '../helpers/reviewPage.ts';
import { artifactPath } from '../helpers/artifacts.ts';

// From the corpus (noi-bat-dai-hoi.txt).
const FIRST = 'Đây là Đại hội đầu tiên sau hợp nhất thành phố Hải Phòng và tỉnh Hải Dương.';
const SECOND = 'Công tác chuẩn bị Đại hội được chỉ đạo và tổ chức thực hiện khẩn trương, khoa học.';

const team = useTeamBrowser({ prefix: 'vankien-e2e-team-review-', people: [ADMIN, AN, BINH] });
const text = () => serverText(team.server, team.workspaceId, team.documentId);

async function openAs(name: string): Promise<Page> {
  const page = await team.signIn(name, { viewport: { width: 1600, height: 820 } });
  await page.goto(team.documentUrl());
  await page.getByTestId('suggestions-panel').waitFor();
  return page;
}

const reviewerCaret = (page: Page) => page.locator('.ProseMirror [data-testid=presence-caret]');

/** The box of what `locator` finds once it is drawn: read again every 100 ms, for at most 10 s. */
async function drawnBox(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const box = await locator.boundingBox();
    if (box) return box;
    await locator.page().waitForTimeout(100);
  }
  throw new Error('the reviewer\'s caret was never drawn on the drafter\'s page');
}

describe('a drafter and a reviewer on a team server, in two browser contexts', () => {
  it("the reviewer's typing leaves the text alone; their comment, suggestion and named cursor reach the drafter live; the drafter accepts; the reviewer sees the accepted text; the admin's log lists it", async () => {
    const drafter = await openAs('an');
    await editorOf(drafter).click();
    await drafter.keyboard.type(FIRST);
    await drafter.keyboard.press('Enter');
    await drafter.keyboard.type(SECOND);
    await waitSaved(drafter);

    const reviewer = await openAs('binh');
    await reviewer.getByTestId('read-only').waitFor({ timeout: 15_000 });
    await expect.poll(() => shownText(reviewer)).toBe(`${FIRST}\n${SECOND}`);

    // Typing: over "hợp nhất", and Enter; the text (the server's Y.Doc, the drafter's page) stays as it was.
    await selectText(reviewer, 'hợp nhất');
    await reviewer.keyboard.type('sáp nhập');
    await reviewer.keyboard.press('Enter');
    await expect.poll(() => inline(reviewer, 'inserted')).toBe('sáp nhập');
    expect(await shownText(reviewer)).toBe(`${FIRST}\n${SECOND}`);
    expect(text()).toBe(`${FIRST}\n${SECOND}`);
    await expect.poll(() => reviewer.locator(OPEN).count(), { timeout: 10_000 }).toBe(1);

    // A comment on other text.
    await selectText(reviewer, 'khẩn trương, khoa học');
    await reviewer.keyboard.press('Control+Alt+KeyM');
    await reviewer.getByTestId('comment-new-text').fill('Đề nghị bổ sung kết quả cụ thể của công tác chuẩn bị.');
    await reviewer.getByTestId('comment-new-send').click();
    await expect.poll(() => reviewer.getByTestId('comment-thread').count()).toBe(1);
    expect(text()).toBe(`${FIRST}\n${SECOND}`);
    // The reviewer's caret rests in the second paragraph.
    await selectText(reviewer, 'Công tác');
    await reviewer.keyboard.press('ArrowRight');

    // Live for the drafter: the suggestion in the panel and in the text, the comment, the named cursor.
    await expect.poll(() => drafter.locator(OPEN).count(), { timeout: 10_000 }).toBe(1);
    expect(await drafter.locator(OPEN).innerText()).toContain('Trần Thị Bình');
    await expect.poll(() => inline(drafter, 'inserted')).toBe('sáp nhập');
    expect(await inline(drafter, 'deleted')).toBe('hợp nhất');
    await expect.poll(() => drafter.getByTestId('comment-thread').count(), { timeout: 10_000 }).toBe(1);
    expect(await drafter.getByTestId('comment-thread').innerText()).toContain('Đề nghị bổ sung kết quả cụ thể');
    await expect.poll(() => reviewerCaret(drafter).count(), { timeout: 10_000 }).toBe(1);
    expect(await reviewerCaret(drafter).locator('.presence-caret-name').textContent()).toBe('Trần Thị Bình');
    expect(await shownText(drafter)).toBe(`${FIRST}\n${SECOND}`);

    for (const page of [drafter, reviewer]) await scrollToTop(page);
    // The name shows while the pointer is on the caret (it fades otherwise).
    // The caret widget is drawn again at each awareness update from the reviewer (a focus change, the
    // periodic renewal), so its box is read until one is drawn rather than once.
    const caret = await drawnBox(reviewerCaret(drafter));
    await drafter.mouse.move(caret.x + caret.width / 2, caret.y + caret.height / 2);
    await expect.poll(() => reviewerCaret(drafter).locator('.presence-caret-name').evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    await drafter.screenshot({ path: artifactPath('screenshot-team-review-drafter.png') });
    // On the reviewer's page the drafter's name flashes when their caret moves, then fades: shot once faded, the text readable.
    const nameOnReviewer = reviewerCaret(reviewer).locator('.presence-caret-name');
    await expect.poll(() => nameOnReviewer.evaluate((el) => getComputedStyle(el).opacity), { timeout: 10_000 }).toBe('0');
    await reviewer.screenshot({ path: artifactPath('screenshot-team-review-reviewer.png') });

    await drafter.getByTestId('suggestion-accept').click();
    const accepted = FIRST.replace('hợp nhất', 'sáp nhập');
    await expect.poll(() => shownText(drafter), { timeout: 10_000 }).toBe(`${accepted}\n${SECOND}`);
    await expect.poll(() => shownText(reviewer), { timeout: 10_000 }).toBe(`${accepted}\n${SECOND}`);
    await expect.poll(() => inline(reviewer, 'inserted')).toBe('');
    expect(text()).toBe(`${accepted}\n${SECOND}`);
    expect(await reviewer.getByTestId('comment-thread').count()).toBe(1);

    // The admin's activity log, filtered to accepted suggestions: one, by the drafter, naming the reviewer.
    const admin = await team.signIn('admin');
    await admin.getByTestId('open-admin').click();
    await admin.getByTestId('audit-action').selectOption('suggestion.accept');
    await admin.getByTestId('audit-filter').click();
    const rows = admin.locator('[data-testid=audit-entries] tbody tr');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(1);
    const cells = await rows.first().locator('td').allInnerTexts();
    expect(await rows.first().getAttribute('data-action')).toBe('suggestion.accept');
    expect(cells.slice(1, 4)).toEqual(['an', 'suggestion.accept', 'Đại hội XVII']);
    expect(JSON.parse(cells[4])).toMatchObject({ author: 'binh', deleted: 'hợp nhất', inserted: 'sáp nhập' });
    for (const page of [drafter, reviewer, admin]) await page.context().close();
  }, 120_000);
});
