import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useTeamBrowser } from '../helpers/browserServer.ts';
import { editorOf, waitSaved } from '../helpers/editorPage.ts';
import { selectText } from '../helpers/reviewPage.ts';

// From the corpus (noi-bat-dai-hoi.txt).
const FIRST = 'Đây là Đại hội đầu tiên sau hợp nhất thành phố Hải Phòng và tỉnh Hải Dương.';
const SECOND = 'Công tác chuẩn bị Đại hội được chỉ đạo và tổ chức thực hiện khẩn trương, khoa học.';

const team = useTeamBrowser({ prefix: 'vankien-e2e-comments-' });

async function signIn(name: string, prepare?: (page: Page) => Promise<unknown>): Promise<Page> {
  const page = await team.signIn(name, { viewport: { width: 1400, height: 900 }, prepare });
  await page.goto(team.documentUrl());
  await page.getByTestId('comments-panel').waitFor();
  return page;
}

const highlighted = (page: Page) => page.locator('[data-testid=editor] .comment-range').allInnerTexts().then((texts) => texts.join(''));

describe('comments in Chromium, a reviewer and a drafter on a team server', () => {
  it('the reviewer comments on a selection with Ctrl+Alt+M; the drafter sees it live, replies and resolves', async () => {
    const drafter = await signIn('an');
    await editorOf(drafter).click();
    await drafter.keyboard.type(FIRST);
    await drafter.keyboard.press('Enter');
    await drafter.keyboard.type(SECOND);
    await waitSaved(drafter);

    const reviewer = await signIn('binh');
    await reviewer.getByTestId('read-only').waitFor({ timeout: 15_000 });
    await expect.poll(() => editorOf(reviewer).innerText()).toContain(SECOND);
    await selectText(reviewer, 'hợp nhất thành phố');
    await reviewer.keyboard.press('Control+Alt+KeyM');
    const compose = reviewer.getByTestId('comment-compose');
    await expect.poll(() => compose.innerText()).toContain('hợp nhất thành phố');
    await reviewer.getByTestId('comment-new-text').fill('Đề nghị nêu rõ thời điểm hợp nhất.');
    await reviewer.getByTestId('comment-new-send').click();
    await expect.poll(() => reviewer.getByTestId('comment-thread').count()).toBe(1);

    // Live for the drafter, with no reload: the thread in the panel and its range in the text.
    await expect.poll(() => drafter.getByTestId('comment-body').allInnerTexts(), { timeout: 10_000 }).toEqual(['Đề nghị nêu rõ thời điểm hợp nhất.']);
    await expect.poll(() => highlighted(drafter)).toBe('hợp nhất thành phố');
    expect(await drafter.getByTestId('comment-thread').innerText()).toContain('Trần Thị Bình');

    await drafter.locator('.comment-quote').click();
    await drafter.getByTestId('comment-reply-text').fill('Đã bổ sung: ngày 01/7/2025.');
    await drafter.getByTestId('comment-reply-send').click();
    await expect.poll(() => reviewer.getByTestId('comment-body').allInnerTexts(), { timeout: 10_000 }).toEqual(['Đề nghị nêu rõ thời điểm hợp nhất.', 'Đã bổ sung: ngày 01/7/2025.']);

    await reviewer.screenshot({ path: 'tests/.artifacts/comments-live.png' });

    // Edited by the drafter around and inside it, the range follows the text for both.
    await editorOf(drafter).click();
    await drafter.keyboard.press('Control+End');
    await selectText(drafter, 'thành phố');
    await drafter.keyboard.press('ArrowLeft');
    await drafter.keyboard.type('toàn ');
    await waitSaved(drafter);
    await expect.poll(() => highlighted(reviewer), { timeout: 10_000 }).toBe('hợp nhất toàn thành phố');

    await drafter.getByTestId('comment-resolve').click();
    await expect.poll(() => reviewer.getByTestId('comments-resolved').innerText(), { timeout: 10_000 }).toContain('Đã giải quyết (1)');
    await expect.poll(() => highlighted(reviewer)).toBe('');
    await reviewer.screenshot({ path: 'tests/.artifacts/comments-resolved.png' });
    await drafter.context().close();
    await reviewer.context().close();
  }, 90_000);

  it('lists a comment as orphaned with its quote while its text is deleted, and back on the text after undo', async () => {
    const drafter = await signIn('an');
    await expect.poll(() => editorOf(drafter).innerText()).toContain(SECOND);
    await selectText(drafter, 'khẩn trương, khoa học');
    await drafter.keyboard.press('Control+Alt+KeyM');
    await drafter.getByTestId('comment-new-text').fill('Nên cụ thể hơn.');
    await drafter.getByTestId('comment-new-send').click();
    await expect.poll(() => highlighted(drafter)).toContain('khẩn trương, khoa học');

    await selectText(drafter, 'thực hiện khẩn trương, khoa học');
    await drafter.keyboard.press('Backspace');
    await waitSaved(drafter);
    await expect.poll(() => drafter.getByTestId('comments-orphaned').innerText(), { timeout: 10_000 }).toContain('khẩn trương, khoa học');
    await drafter.keyboard.press('Control+z');
    await expect.poll(() => highlighted(drafter), { timeout: 10_000 }).toContain('khẩn trương, khoa học');
    expect(await drafter.getByTestId('comments-orphaned').count()).toBe(0);
    await drafter.context().close();
  }, 60_000);

  it('shows on a frozen draft the comments started before it, not those made since', async () => {
    const reviewer = await signIn('binh');
    await expect.poll(() => editorOf(reviewer).innerText()).toContain(SECOND);
    const freeze = await reviewer.evaluate(
      async ([workspaceId, documentId]) => (await fetch('/api/rpc/draft.freeze', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ workspaceId, documentId, stage: 'subcommittee', author: 'Tổ biên tập', note: '' }) })).status,
      [team.workspaceId, team.documentId],
    );
    expect(freeze).toBe(403); // a reviewer freezes nothing; the drafter does
    const drafter = await signIn('an');
    await expect.poll(() => editorOf(drafter).innerText()).toContain(SECOND);
    const frozen = await drafter.evaluate(
      async ([workspaceId, documentId]) => (await fetch('/api/rpc/draft.freeze', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ workspaceId, documentId, stage: 'subcommittee', author: 'Tổ biên tập', note: '' }) })).json(),
      [team.workspaceId, team.documentId],
    );
    const number = frozen.result.draft.number;
    await selectText(reviewer, 'Hải Dương');
    await reviewer.keyboard.press('Control+Alt+KeyM');
    await reviewer.getByTestId('comment-new-text').fill('Viết sau khi chốt dự thảo.');
    await reviewer.getByTestId('comment-new-send').click();
    await expect.poll(() => reviewer.getByTestId('comment-body').allInnerTexts()).toContain('Viết sau khi chốt dự thảo.');

    await reviewer.goto(`${team.documentUrl()}/draft/${number}`);
    const onDraft = reviewer.getByTestId('draft-comments');
    await expect.poll(() => onDraft.innerText(), { timeout: 10_000 }).toContain('Đề nghị nêu rõ thời điểm hợp nhất.');
    expect(await onDraft.innerText()).toContain('Nên cụ thể hơn.');
    expect(await onDraft.innerText()).not.toContain('Viết sau khi chốt dự thảo.');
    await reviewer.screenshot({ path: 'tests/.artifacts/comments-on-draft.png' });
    await drafter.context().close();
    await reviewer.context().close();
  }, 60_000);

  it('shows a comment made while the reviewer\'s connection was down once it is back', async () => {
    // The reviewer's sync socket goes through the test: cut, kept from reconnecting, then let through.
    let blocked = false;
    const open: { close(): Promise<void> }[] = [];
    const reviewer = await signIn('binh', (page) =>
      page.routeWebSocket(/\/sync/, (socket) => {
        if (blocked) return void socket.close();
        socket.connectToServer();
        open.push(socket);
      }),
    );
    await expect.poll(() => editorOf(reviewer).innerText()).toContain(SECOND);
    await expect.poll(() => reviewer.getByTestId('comment-body').allInnerTexts()).toContain('Viết sau khi chốt dự thảo.');
    const before = await reviewer.getByTestId('comment-thread').count();
    blocked = true;
    await Promise.all(open.splice(0).map((socket) => socket.close()));
    await expect.poll(() => reviewer.getByTestId('connection').innerText(), { timeout: 10_000 }).not.toBe('Đã kết nối');

    const drafter = await signIn('an');
    await expect.poll(() => editorOf(drafter).innerText()).toContain(SECOND);
    await selectText(drafter, 'Công tác chuẩn bị');
    await drafter.keyboard.press('Control+Alt+KeyM');
    await drafter.getByTestId('comment-new-text').fill('Viết khi người góp ý mất kết nối.');
    await drafter.getByTestId('comment-new-send').click();
    await expect.poll(() => drafter.getByTestId('comment-body').allInnerTexts()).toContain('Viết khi người góp ý mất kết nối.');
    expect(await reviewer.getByTestId('comment-thread').count()).toBe(before);

    blocked = false;
    // The provider retries with a growing delay (1 s doubling, at most 30 s): its next try may be that far off.
    await expect.poll(() => reviewer.getByTestId('comment-body').allInnerTexts(), { timeout: 45_000 }).toContain('Viết khi người góp ý mất kết nối.');
    await drafter.context().close();
    await reviewer.context().close();
  }, 90_000);
});
