import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useTeamBrowser } from '../helpers/browserServer.ts';
import { editorOf, waitSaved } from '../helpers/editorPage.ts';

const TEXT = 'Đại hội đã thành công tốt đẹp.';

const team = useTeamBrowser({ prefix: 'vankien-e2e-readonly-' });

async function openAs(name: string): Promise<Page> {
  const page = await team.signIn(name);
  await page.goto(team.documentUrl());
  await editorOf(page).waitFor();
  return page;
}

describe('a reviewer on a team server', () => {
  it("has the editing toolbar disabled, no block menu, no replace, and the drafter's text still arrives", async () => {
    const drafter = await openAs('an');
    await editorOf(drafter).click();
    await drafter.keyboard.type(TEXT);
    await waitSaved(drafter);

    const reviewer = await openAs('binh');
    await reviewer.getByTestId('read-only').waitFor({ timeout: 15_000 });
    const editor = editorOf(reviewer);
    await expect.poll(() => editor.innerText()).toContain(TEXT);
    for (const id of ['mark-bold', 'mark-italic', 'mark-underline', 'numbering-open', 'header-open', 'block-type']) {
      expect(await reviewer.getByTestId(id).isDisabled(), id).toBe(true);
    }
    expect(await reviewer.getByRole('button', { name: 'Hoàn tác' }).isDisabled()).toBe(true);
    await editor.click({ button: 'right' });
    await reviewer.waitForTimeout(200);
    expect(await reviewer.getByTestId('context-menu').count()).toBe(0);

    // Find works and selects the match, but does not replace.
    await reviewer.getByTestId('find-open').click();
    await reviewer.getByTestId('find-query').fill('thành công');
    await expect.poll(() => reviewer.getByTestId('find-count').innerText()).toContain('1');
    expect(await reviewer.getByTestId('find-replace-toggle').isDisabled()).toBe(true);
    await reviewer.getByTestId('find-close').click();

    // The drafter's text still arrives, and nothing the reviewer did is anywhere.
    await editorOf(drafter).click();
    await drafter.keyboard.press('End');
    await drafter.keyboard.type(' Thêm nữa.');
    await waitSaved(drafter);
    await expect.poll(() => editor.innerText(), { timeout: 10_000 }).toContain('Thêm nữa.');
    expect(await editor.locator('strong').count()).toBe(0);
    expect(await editorOf(drafter).locator('strong').count()).toBe(0);
    await drafter.context().close();
    await reviewer.context().close();
  });
});
