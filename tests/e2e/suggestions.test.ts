import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useTeamBrowser } from '../helpers/browserServer.ts';
import { editorOf, waitSaved } from '../helpers/editorPage.ts';
import { artifactPath } from '../helpers/artifacts.ts';
import { inlineSuggestions, OPEN_SUGGESTION, selectText, serverText as serverTextOf, shownText } from '../helpers/reviewPage.ts';

// From the corpus (noi-bat-dai-hoi.txt).
const FIRST = 'Đây là Đại hội đầu tiên sau hợp nhất thành phố Hải Phòng và tỉnh Hải Dương.';
const SECOND = 'Công tác chuẩn bị Đại hội được chỉ đạo và tổ chức thực hiện khẩn trương, khoa học.';

const team = useTeamBrowser({ prefix: 'vankien-e2e-suggestions-' });

async function signIn(name: string): Promise<Page> {
  const page = await team.signIn(name, { viewport: { width: 1700, height: 820 } });
  await page.goto(team.documentUrl());
  await page.getByTestId('suggestions-panel').waitFor();
  return page;
}

/** The document's text as the server holds it live. */
const serverText = () => serverTextOf(team.server, team.workspaceId, team.documentId);
const OPEN = OPEN_SUGGESTION;
const inline = inlineSuggestions;

describe('suggestions in Chromium, a reviewer and a drafter on a team server', () => {
  it('the reviewer types in suggestion mode without changing the text; the drafter sees it live and accepts it; everyone has the new text, and the audit log says who', async () => {
    const drafter = await signIn('an');
    await editorOf(drafter).click();
    await drafter.keyboard.type(FIRST);
    await drafter.keyboard.press('Enter');
    await drafter.keyboard.type(SECOND);
    await waitSaved(drafter);
    expect(await drafter.getByTestId('suggest-mode').getAttribute('aria-pressed')).toBe('false');

    const reviewer = await signIn('binh');
    await reviewer.getByTestId('read-only').waitFor({ timeout: 15_000 });
    await expect.poll(() => shownText(reviewer)).toContain(SECOND);
    // Forced on for a reviewer.
    await expect.poll(() => reviewer.getByTestId('suggest-mode').getAttribute('aria-pressed')).toBe('true');

    // Replace 'hợp nhất' by 'sáp nhập': struck through and underlined at once, the text unchanged.
    await selectText(reviewer, 'hợp nhất');
    await reviewer.keyboard.type('sáp nhập');
    await expect.poll(() => inline(reviewer, 'inserted')).toBe('sáp nhập');
    expect(await inline(reviewer, 'deleted')).toBe('hợp nhất');
    expect(await shownText(reviewer)).toBe(`${FIRST}\n${SECOND}`);
    // Backspace and Delete elsewhere strike characters; Enter adds no paragraph.
    await reviewer.keyboard.press('Enter');
    expect(serverText()).toBe(`${FIRST}\n${SECOND}`);

    // Sent once typing pauses: one record, in the reviewer's panel.
    await expect.poll(() => reviewer.locator(OPEN).count(), { timeout: 10_000 }).toBe(1);
    expect(await reviewer.locator(OPEN).innerText()).toContain('sáp nhập');

    // A comment as well, on other text.
    await selectText(reviewer, 'tỉnh Hải Dương');
    await reviewer.keyboard.press('Control+Alt+KeyM');
    await reviewer.getByTestId('comment-new-text').fill('Đề nghị ghi rõ ngày sáp nhập.');
    await reviewer.getByTestId('comment-new-send').click();
    await expect.poll(() => reviewer.getByTestId('comment-thread').count()).toBe(1);
    expect(serverText()).toBe(`${FIRST}\n${SECOND}`);
    expect(await shownText(drafter)).toBe(`${FIRST}\n${SECOND}`);

    // Live for the drafter: the record in the panel, drawn in the text in the reviewer's colour.
    await expect.poll(() => drafter.locator(OPEN).count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => inline(drafter, 'inserted')).toBe('sáp nhập');
    expect(await inline(drafter, 'deleted')).toBe('hợp nhất');
    expect(await drafter.locator(OPEN).innerText()).toContain('Trần Thị Bình');
    // The reviewer's colour is their presence's: the insertion, the card's edge and their avatar agree.
    const colours = () =>
      drafter.evaluate(() => {
        const rgb = (colour: string) => {
          const probe = document.body.appendChild(document.createElement('span'));
          probe.style.color = colour;
          const value = getComputedStyle(probe).color;
          probe.remove();
          return value;
        };
        const inserted = document.querySelector<HTMLElement>('[data-testid=editor] .suggestion-inserted');
        const card = document.querySelector<HTMLElement>('[data-testid=suggestion]');
        const avatar = document.querySelector<HTMLElement>('[data-testid=presence-bar] [data-testid=avatar][aria-label="Trần Thị Bình"]');
        return [inserted && rgb(inserted.style.getPropertyValue('--suggestion-colour')), card && getComputedStyle(card).borderLeftColor, avatar && getComputedStyle(avatar).backgroundColor];
      });
    await expect.poll(async () => (await colours())[2]).toMatch(/^rgb\(/);
    const [insertedColour, cardColour, avatarColour] = await colours();
    expect(insertedColour).toBe(avatarColour);
    expect(cardColour).toBe(avatarColour);
    await expect.poll(() => drafter.getByTestId('comment-thread').count(), { timeout: 10_000 }).toBe(1);
    for (const page of [drafter, reviewer]) await page.evaluate(() => {
      for (let el = document.querySelector('[data-testid=editor]'); el; el = el.parentElement) el.scrollTop = 0;
    });
    await drafter.screenshot({ path: artifactPath('screenshot-suggestions.png') });
    await reviewer.screenshot({ path: artifactPath('screenshot-suggestions-reviewer.png') });

    await drafter.getByTestId('suggestion-accept').click();
    const accepted = FIRST.replace('hợp nhất', 'sáp nhập');
    await expect.poll(() => shownText(drafter), { timeout: 10_000 }).toBe(`${accepted}\n${SECOND}`);
    await expect.poll(() => shownText(reviewer), { timeout: 10_000 }).toBe(`${accepted}\n${SECOND}`);
    expect(serverText()).toBe(`${accepted}\n${SECOND}`);
    await expect.poll(() => inline(reviewer, 'inserted')).toBe('');
    await expect.poll(() => reviewer.getByTestId('suggestions-decided').innerText(), { timeout: 10_000 }).toContain('(1)');

    const audit = team.server.workspaces.store(team.workspaceId).audit.entries({ action: 'suggestion.accept', limit: 10 });
    expect(audit).toEqual([expect.objectContaining({ actor: 'an', subject: team.documentId, details: expect.objectContaining({ author: 'binh', deleted: 'hợp nhất', inserted: 'sáp nhập' }) })]);
    await drafter.context().close();
    await reviewer.context().close();
  }, 90_000);

  it('a drafter who switches suggestion mode on suggests a deletion instead of deleting; off again, typing edits the text', async () => {
    const drafter = await signIn('an');
    await expect.poll(() => shownText(drafter)).toContain(SECOND);
    const before = serverText();
    await drafter.getByTestId('suggest-mode').click();
    expect(await drafter.getByTestId('suggest-mode').getAttribute('aria-pressed')).toBe('true');
    await selectText(drafter, 'khẩn trương, ');
    await drafter.keyboard.press('Backspace');
    await expect.poll(() => inline(drafter, 'deleted').then((t) => t.trim())).toBe('khẩn trương,');
    expect(serverText()).toBe(before);
    // Switching the mode off sends what was typed; the text is still as it was.
    await drafter.getByTestId('suggest-mode').click();
    await expect.poll(() => drafter.locator(OPEN).count(), { timeout: 10_000 }).toBe(1);
    expect((await drafter.locator(`${OPEN} [data-testid=suggestion-deleted]`).innerText()).trim()).toBe('khẩn trương,');
    expect(serverText()).toBe(before);
    await drafter.getByTestId('suggestion-reject').click();
    await expect.poll(() => drafter.locator(OPEN).count(), { timeout: 10_000 }).toBe(0);
    await editorOf(drafter).click();
    await drafter.keyboard.press('Control+End');
    await drafter.keyboard.type(' Xong.');
    await waitSaved(drafter);
    expect(serverText()).toBe(`${before} Xong.`);
    await drafter.context().close();
  }, 60_000);
});
