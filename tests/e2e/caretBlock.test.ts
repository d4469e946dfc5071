import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useServedApp } from '../helpers/browserServer.ts';
import { createDocument, editorOf, waitSaved } from '../helpers/editorPage.ts';

/**
 * Off-screen blocks skip rendering (content-visibility: auto, renderer/editor/page.css). A block
 * Enter has just made is skipped until Chromium's next frame, and a character typed into it
 * before then left the caret before that character: "Đoạn …" became "oạn …Đ". The block holding
 * the caret is always drawn (renderer/editor/caret/caretBlock.ts).
 */
let page: Page;

useServedApp(async ({ openPage }) => {
  page = await openPage();
  await createDocument(page, 'Đại hội', 'Báo cáo con trỏ');
  await editorOf(page).waitFor();
});

/** Each top-level block's (but the header's, never contained) text and computed content-visibility, and whether it is the caret's. */
const blocks = () =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-testid=editor] .ProseMirror > :not(.doc-header)')].map((el) => ({
      text: el.textContent ?? '',
      visibility: getComputedStyle(el).contentVisibility,
      caret: el.classList.contains('caret-block'),
    })),
  );

/**
 * Clicks on the right of the last block's line, as a person clicks after their text: the caret is
 * at the end whichever of the click and the Ctrl+End that follows the editor takes last.
 */
async function clickAfterText(): Promise<void> {
  const last = editorOf(page).locator(':scope > :last-child');
  const box = (await last.boundingBox())!;
  await last.click({ position: { x: box.width - 4, y: box.height / 2 } });
}

describe('typing into a block Enter has just made (content-visibility)', () => {
  it('keeps every paragraph typed right after Ctrl+End and Enter in order, its first letter first', async () => {
    const typed: string[] = [];
    for (let i = 1; i <= 16; i++) {
      const text = `Đoạn thứ ${i} do tổ biên tập soạn.`;
      await clickAfterText();
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.type(text);
      typed.push(text);
      // Between paragraphs the page settles (saved), as when a person pauses: the race is at each start.
      await waitSaved(page);
    }
    const texts = (await blocks()).map((b) => b.text).filter((t) => t !== '');
    expect(texts).toEqual(typed);
  });

  it('draws the block holding the caret, a new empty one included, and still skips the others', async () => {
    await clickAfterText();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    const after = await blocks();
    const last = after[after.length - 1];
    expect(last).toEqual({ text: '', visibility: 'visible', caret: true });
    expect(after.filter((b) => b.caret)).toHaveLength(1);
    // The blocks the caret is not in keep content-visibility: auto.
    expect(after.slice(0, -1).every((b) => b.visibility === 'auto')).toBe(true);

    // The mark follows the caret to another block.
    await page.keyboard.press('Control+Home');
    const moved = await blocks();
    expect(moved.filter((b) => b.caret)).toHaveLength(1);
    expect(moved.findIndex((b) => b.caret)).toBeLessThan(moved.length - 1);
    expect(moved[moved.length - 1]).toEqual({ text: '', visibility: 'auto', caret: false });
  });
});
