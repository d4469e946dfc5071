import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ADMIN, AN, BINH, useTeamBrowser } from '../helpers/browserServer.ts';
import { editorOf, waitSaved } from '../helpers/editorPage.ts';
import { PASSWORD } from '../helpers/teamServer.ts';

const team = useTeamBrowser({ prefix: 'vankien-e2e-team-', people: [ADMIN, AN, BINH] });
const signIn = (name: string) => team.signIn(name);
const openDocument = (page: Page) => page.goto(team.documentUrl());

describe('a team server in Chromium', () => {
  it('shows a Vietnamese sign-in page, refuses a wrong password, then says who is signed in', async () => {
    const context = await team.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${team.server.url}/`);
    await expect.poll(() => page.getByTestId('login-form').innerText()).toContain('Đăng nhập');
    await page.getByTestId('login-name').fill('an');
    await page.getByTestId('login-password').fill('sai mật khẩu');
    await page.getByTestId('login-submit').click();
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('Sai tên đăng nhập hoặc mật khẩu.');
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.getByTestId('login-submit').click();
    await expect.poll(() => page.getByTestId('signed-in-as').innerText()).toBe('Đang đăng nhập: Nguyễn Văn An');
    await page.screenshot({ path: 'tests/.artifacts/team-signed-in.png' });
    await page.getByTestId('logout').click();
    await page.getByTestId('login-form').waitFor();
    await context.close();
  });

  it("gives a reviewer an editor whose typing changes nothing (it becomes a suggestion), while the drafter's text arrives live", async () => {
    const drafter = await signIn('an');
    await openDocument(drafter);
    await editorOf(drafter).click();
    await drafter.keyboard.type('Văn bản của người biên tập.');
    await waitSaved(drafter);

    const reviewer = await signIn('binh');
    await openDocument(reviewer);
    await reviewer.getByTestId('read-only').waitFor({ timeout: 15_000 });
    expect(await reviewer.getByTestId('signed-in-role').innerText()).toBe('(Góp ý)');
    const editor = editorOf(reviewer);
    await expect.poll(() => editor.innerText()).toContain('Văn bản của người biên tập.');
    // Editable only to take suggestions: "Đề xuất sửa" is forced on for a reviewer.
    await expect.poll(() => reviewer.getByTestId('suggest-mode').getAttribute('aria-pressed')).toBe('true');
    await editor.click();
    await reviewer.keyboard.type('Người góp ý gõ vào đây');
    await reviewer.keyboard.press('Enter');
    await drafter.keyboard.type(' Thêm nữa.');
    await expect.poll(() => editor.innerText(), { timeout: 10_000 }).toContain('Thêm nữa.');
    // Drawn as a suggestion, never as the text.
    const ownText = (of = editor) => of.evaluate((root) => {
      const copy = root.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.suggestion-inserted, .presence-caret').forEach((el) => el.remove());
      return copy.textContent ?? '';
    });
    expect(await ownText()).not.toContain('Người góp ý');
    expect(await ownText()).toContain('Thêm nữa.');
    expect(await ownText(editorOf(drafter))).not.toContain('Người góp ý');
    expect(team.server.sync.liveDocument(team.workspaceId, team.documentId)?.getXmlFragment('prosemirror').toString()).not.toContain('Người góp ý');
    await reviewer.evaluate(() => document.querySelector('.page-scroll')?.scrollTo(0, 0));
    await reviewer.screenshot({ path: 'tests/.artifacts/team-reviewer-read-only.png' });

    // A role changed mid-session takes effect at once: the reviewer's editor becomes editable,
    // and so do the toolbar and the find bar left open across the change.
    await reviewer.getByTestId('find-open').click();
    expect(await reviewer.getByTestId('find-replace-toggle').isDisabled()).toBe(true);
    await team.server.accounts!.setRole('test', 'binh', team.workspaceId, 'drafter');
    await expect.poll(() => reviewer.getByTestId('read-only').count(), { timeout: 15_000 }).toBe(0);
    // No longer forced: suggestion mode goes off, and typing edits the text.
    await expect.poll(() => reviewer.getByTestId('suggest-mode').getAttribute('aria-pressed')).toBe('false');
    expect(await editor.getAttribute('contenteditable')).toBe('true');
    expect(await reviewer.getByTestId('mark-bold').isDisabled()).toBe(false);
    await expect.poll(() => reviewer.getByTestId('find-replace-toggle').isDisabled()).toBe(false);
    await reviewer.getByTestId('find-close').click();
    await editor.click();
    await reviewer.keyboard.press('End');
    await reviewer.keyboard.type(' Nay được sửa.');
    await waitSaved(reviewer);
    await expect.poll(() => editorOf(drafter).innerText(), { timeout: 10_000 }).toContain('Nay được sửa.');
    await team.server.accounts!.setRole('test', 'binh', team.workspaceId, 'reviewer');
    await drafter.context().close();
    await reviewer.context().close();
  });

  it('asks a page whose session ended to sign in again over the page, and then carries on', async () => {
    const page = await signIn('an');
    await openDocument(page);
    await editorOf(page).waitFor();
    await team.server.accounts!.resetPassword('test', 'an', 'mật khẩu mới đây');
    await page.locator('.login-overlay [data-testid=login-form]').waitFor({ timeout: 15_000 });
    await page.locator('.login-overlay [data-testid=login-name]').fill('an');
    await page.locator('.login-overlay [data-testid=login-password]').fill('mật khẩu mới đây');
    await page.locator('.login-overlay [data-testid=login-submit]').click();
    await page.locator('.login-overlay').waitFor({ state: 'detached' });
    await editorOf(page).click();
    await page.keyboard.type(' Sau khi đăng nhập lại.');
    await waitSaved(page);
    await team.server.accounts!.resetPassword('test', 'an', PASSWORD);
    await page.context().close();
  });

  it("lets an admin create a user, set a workspace role and read the accounts' log, filtered", async () => {
    const page = await signIn('admin');
    await page.getByTestId('open-admin').click();
    await page.getByTestId('admin-users').waitFor();
    await page.getByTestId('admin-create-name').fill('chi');
    await page.getByTestId('admin-create-display-name').fill('Lê Văn Chí');
    await page.getByTestId('admin-create-password').fill(PASSWORD);
    await page.getByTestId('admin-create-role').selectOption('compiler');
    await page.getByTestId('admin-create-workspace').selectOption(team.workspaceId);
    await page.getByTestId('admin-create-submit').click();
    const row = page.getByTestId('admin-user-chi');
    await expect.poll(() => row.getByTestId('admin-user-roles').innerText()).toBe('Tổng hợp — Đại hội XVII');
    await row.getByTestId('admin-toggle-disabled').click();
    await expect.poll(() => row.innerText()).toContain('Đã khoá');
    await page.getByTestId('audit-action').selectOption('account.create');
    await page.getByTestId('audit-filter').click();
    await expect.poll(() => page.locator('[data-testid=audit-entries] tbody tr').count()).toBe(4);
    await expect.poll(() => page.getByTestId('audit-entries').innerText()).toContain('Lê Văn Chí');
    expect(await page.locator('[data-testid=audit-entries] tbody tr[data-action="account.login"]').count()).toBe(0);
    await page.screenshot({ path: 'tests/.artifacts/team-admin.png', fullPage: true });
    await page.context().close();
  });
});
