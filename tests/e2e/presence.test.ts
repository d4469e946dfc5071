import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CONTENT_FRAGMENT } from '../../shared/document/contentFragment.ts';
import { useTeamBrowser } from '../helpers/browserServer.ts';
import { editorOf } from '../helpers/editorPage.ts';

const ARTIFACTS = fileURLToPath(new URL('../.artifacts/', import.meta.url));

/** A block of the document as y-prosemirror stores it: an element with its id and its text. */
function block(type: string, id: string, text: string): Y.XmlElement {
  const element = new Y.XmlElement(type);
  element.setAttribute('id', id);
  const yText = new Y.XmlText();
  yText.insert(0, text);
  element.insert(0, [yText]);
  return element;
}

const team = useTeamBrowser({
  prefix: 'vankien-e2e-presence-',
  seed: ({ server, workspaceId, documentId }) =>
    server.sync.transactDocument(workspaceId, documentId, 'test', (ydoc) => {
      const fragment = ydoc.getXmlFragment(CONTENT_FRAGMENT);
      fragment.delete(0, fragment.length);
      fragment.insert(0, [
        block('section', 'sec-mo-dau', 'Mở đầu'),
        block('paragraph', 'p-mot', 'Nhiệm kỳ qua, Đảng bộ đã lãnh đạo toàn diện.'),
        block('section', 'sec-ket-luan', 'Kết luận'),
        block('paragraph', 'p-hai', 'Đại hội kêu gọi toàn Đảng bộ đoàn kết.'),
      ]);
    }),
});

async function openAs(name: string): Promise<{ context: BrowserContext; page: Page }> {
  const page = await team.signIn(name, { viewport: { width: 1400, height: 900 } });
  await page.goto(team.documentUrl());
  await expect.poll(() => editorOf(page).innerText(), { timeout: 20_000 }).toContain('Đại hội kêu gọi');
  return { context: page.context(), page };
}

/** Puts the caret at the end of the text of block `id`. */
async function caretIn(page: Page, id: string): Promise<void> {
  await page.locator(`.ProseMirror [data-id="${id}"]`).click();
  await page.keyboard.press('End');
}

const carets = (page: Page) => page.locator('.ProseMirror [data-testid=presence-caret]');
const outlineAvatars = (page: Page, id: string) => page.locator(`[data-testid=outline-item][data-block-id="${id}"] [data-testid=avatar]`);

describe('presence in Chromium', () => {
  it("shows a drafter and a reviewer each other's named cursor and an avatar in the other's section, gone once the other closes", async () => {
    const an = await openAs('an');
    const binh = await openAs('binh');
    await caretIn(an.page, 'p-hai');
    await caretIn(binh.page, 'p-mot');

    await expect.poll(() => carets(an.page).count(), { timeout: 10_000 }).toBe(1);
    expect(await carets(an.page).locator('.presence-caret-name').textContent()).toBe('Trần Thị Bình');
    await expect.poll(() => outlineAvatars(an.page, 'sec-mo-dau').getAttribute('title'), { timeout: 10_000 }).toBe('Trần Thị Bình');
    expect(await outlineAvatars(an.page, 'sec-ket-luan').count()).toBe(0);
    expect(await an.page.getByTestId('presence-bar').getByTestId('avatar').first().textContent()).toBe('TB');

    await expect.poll(() => carets(binh.page).count(), { timeout: 10_000 }).toBe(1);
    expect(await carets(binh.page).locator('.presence-caret-name').textContent()).toBe('Nguyễn Văn An');
    await expect.poll(() => outlineAvatars(binh.page, 'sec-ket-luan').getAttribute('title'), { timeout: 10_000 }).toBe('Nguyễn Văn An');

    // The colour is a palette colour set as a custom property, nothing else in the style.
    const style = await carets(an.page).getAttribute('style');
    expect(style).toMatch(/^--presence-colour: #[0-9a-f]{6};?$/);

    // Hovering the caret shows the name (it fades otherwise, as in Google Docs).
    const opacity = () => carets(an.page).locator('.presence-caret-name').evaluate((el) => getComputedStyle(el).opacity);
    await expect.poll(opacity, { timeout: 5000 }).toBe('0');
    const box = (await carets(an.page).boundingBox())!;
    await an.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(opacity).toBe('1');
    await an.page.screenshot({ path: `${ARTIFACTS}presence-cursor.png` });

    // Moving to another section moves the avatar.
    await caretIn(binh.page, 'p-hai');
    await expect.poll(() => outlineAvatars(an.page, 'sec-ket-luan').count(), { timeout: 10_000 }).toBe(1);
    expect(await outlineAvatars(an.page, 'sec-mo-dau').count()).toBe(0);

    await binh.context.close();
    await expect.poll(() => carets(an.page).count(), { timeout: 15_000 }).toBe(0);
    await expect.poll(() => an.page.locator('[data-testid=outline-presence]').count()).toBe(0);
    expect(await an.page.getByTestId('presence-bar').getByTestId('avatar').count()).toBe(1); // only An's own
    await an.context.close();
  });
});
