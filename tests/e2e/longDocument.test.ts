import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEditor, reportDocument } from '../bench/browserSetup.ts';
import { generateReport } from '../fixtures/generators/report.ts';
import { launchChromium } from '../helpers/browser.ts';
import { waitSaved } from '../helpers/editorPage.ts';
import { startServedApp, type ServedApp } from '../helpers/servedApp.ts';
import { tempDir } from '../helpers/tempDir.ts';

/**
 * The editor on a 40,000-word report (1,209 blocks), whose off-screen blocks are not rendered
 * (`content-visibility: auto`, renderer/editor/page.css): what a user does across the whole
 * document still works — the caret moves with the arrows and PageDown into blocks that were never
 * drawn, find shows and reveals a match near the end, the outline jumps to the last section, and
 * printing prints every block.
 */
const POLL = { timeout: 20_000 };
const ROOT = '[data-testid=editor] .ProseMirror';
/** Near the end of the report only; "Không tìm thấy" anywhere else. */
const NEEDLE = 'khuông nhạc lục bát';

const blocks = generateReport({ words: 40_000, seed: 1 });
const nearEnd = blocks.length - 4;
blocks[nearEnd] = { ...blocks[nearEnd], text: `${blocks[nearEnd].text} Như một ${NEEDLE} của thành phố.` };

let app: ServedApp;
let browser: Browser;
let page: Page;
let dir: ReturnType<typeof tempDir>;

beforeAll(async () => {
  dir = tempDir();
  app = await startServedApp();
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  const doc = await reportDocument(app, [blocks]);
  await page.goto(app.openUrl);
  await openEditor(page, doc, blocks.length);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  dir?.remove();
});

/** The index of the top-level block holding the caret (the DOM selection's focus), or -1. */
const caretBlock = () =>
  page.evaluate((selector) => {
    const root = document.querySelector(selector)!;
    let node: Node | null = getSelection()?.focusNode ?? null;
    while (node && node.parentNode !== root) node = node.parentNode;
    return node ? [...root.children].indexOf(node as Element) : -1;
  }, ROOT);

/** Whether top-level block `index` is at least partly inside the scrolled page area. */
const inView = (index: number) =>
  page.evaluate(
    ({ selector, index }) => {
      const area = document.querySelector('.page-scroll')!.getBoundingClientRect();
      const rect = document.querySelector(selector)!.children[index].getBoundingClientRect();
      return rect.bottom > area.top && rect.top < area.bottom;
    },
    { selector: ROOT, index },
  );

/** Text of top-level block `index`. */
const blockText = (index: number) => page.evaluate(({ selector, index }) => document.querySelector(selector)!.children[index].textContent ?? '', { selector: ROOT, index });

/** How many blocks from `from` on still have the height of a block never drawn (contain-intrinsic-block-size: 4em). */
const neverDrawn = (from: number) =>
  page.evaluate(
    ({ selector, from }) => {
      const children = [...document.querySelector(selector)!.children].slice(from) as HTMLElement[];
      const placeholder = 4 * parseFloat(getComputedStyle(children[0]).fontSize);
      return children.filter((b) => Math.abs(b.getBoundingClientRect().height - placeholder) < 0.5).length;
    },
    { selector: ROOT, from },
  );

/** Puts the caret at the start of the first paragraph at or after block `from`, scrolled into view; returns its index. */
async function caretAtParagraph(from: number): Promise<number> {
  const index = await page.evaluate(
    ({ selector, from }) => {
      const children = [...document.querySelector(selector)!.children];
      const i = children.findIndex((b, k) => k >= from && b.getAttribute('data-type') === 'paragraph');
      children[i].scrollIntoView({ block: 'start' });
      return i;
    },
    { selector: ROOT, from },
  );
  await page.locator(`${ROOT} > :nth-child(${index + 1})`).click({ position: { x: 80, y: 5 } });
  await page.keyboard.press('Home');
  await expect.poll(caretBlock, POLL).toBe(index);
  return index;
}

describe('a 40,000-word report in the editor, its off-screen blocks not rendered', () => {
  it('leaves the blocks far below the view undrawn', async () => {
    await waitSaved(page);
    // Near the view a block is left to `auto`, far from it hidden (renderer/editor/offscreen): undrawn either way.
    expect(await page.locator(`${ROOT} > :nth-child(5)`).evaluate((b) => getComputedStyle(b).contentVisibility)).toBe('auto');
    expect(await page.locator(`${ROOT} > :nth-child(200)`).evaluate((b) => getComputedStyle(b).contentVisibility)).toBe('hidden');
    // Without this the tests below would prove nothing about blocks never drawn.
    expect(await neverDrawn(600)).toBeGreaterThan(500);
  });

  it('draws the blocks of a part of the page scrolled to at once, and keeps a far selection end drawn', async () => {
    /** The content-visibility of every block in the scrolled page area. */
    const shown = () =>
      page.evaluate((selector) => {
        const area = document.querySelector('.page-scroll')!.getBoundingClientRect();
        return [...document.querySelector(selector)!.children]
          .filter((b) => b.getBoundingClientRect().bottom > area.top && b.getBoundingClientRect().top < area.bottom)
          .map((b) => getComputedStyle(b).contentVisibility);
      }, ROOT);
    for (const share of [0.6, 0.2, 0.95]) {
      await page.evaluate((share) => {
        const scroller = document.querySelector('.page-scroll')!;
        scroller.scrollTop = share * (scroller.scrollHeight - scroller.clientHeight);
      }, share);
      await expect.poll(async () => (await shown()).filter((v) => v === 'hidden').length, POLL).toBe(0);
      expect((await shown()).length).toBeGreaterThan(3);
    }
    // A selection from block 300 to the end: its anchor far above the view stays in the DOM selection.
    const start = await caretAtParagraph(300);
    await page.keyboard.press('Control+Shift+End');
    await expect.poll(() => inView(blocks.length - 1), POLL).toBe(true);
    const anchor = () =>
      page.evaluate(
        ({ selector, start }) => {
          const block = document.querySelector(selector)!.children[start];
          return { inBlock: block.contains(getSelection()!.anchorNode), visibility: getComputedStyle(block).contentVisibility };
        },
        { selector: ROOT, start },
      );
    await expect.poll(anchor, POLL).toEqual({ inBlock: true, visibility: 'auto' });
    await page.keyboard.press('Control+Home');
  });

  it('moves the caret line by line with the arrows into blocks never drawn, and back', async () => {
    const start = await caretAtParagraph(300);
    const path = [start];
    for (let k = 0; k < 80; k++) {
      await page.keyboard.press('ArrowDown');
      path.push(await caretBlock());
    }
    const steps = path.slice(1).map((b, k) => b - path[k]);
    // Down never goes up, never skips a block, and goes well past the blocks drawn at the start.
    expect(Math.min(...steps)).toBe(0);
    expect(Math.max(...steps)).toBeLessThanOrEqual(1);
    expect(path[path.length - 1]).toBeGreaterThan(start + 15);
    expect(await inView(path[path.length - 1])).toBe(true);

    for (let k = 0; k < 80; k++) await page.keyboard.press('ArrowUp');
    expect(await caretBlock()).toBe(start);
    expect(await inView(start)).toBe(true);
  });

  it('pages down with PageDown into blocks never drawn, the caret in view each time, types where it landed, and pages back up', async () => {
    let at = await caretAtParagraph(500);
    for (let k = 0; k < 6; k++) {
      await page.keyboard.press('PageDown');
      await expect.poll(caretBlock, POLL).toBeGreaterThan(at);
      at = await caretBlock();
      expect(await inView(at)).toBe(true);
    }
    expect(at).toBeGreaterThan(530);
    const down = at;
    const before = await blockText(at);
    await page.keyboard.type('Ư');
    await expect.poll(() => blockText(at), POLL).not.toBe(before);
    expect((await blockText(at)).replace('Ư', '')).toBe(before);
    await page.keyboard.press('Backspace');
    await expect.poll(() => blockText(at), POLL).toBe(before);
    for (let k = 0; k < 6; k++) {
      await page.keyboard.press('PageUp');
      await expect.poll(caretBlock, POLL).toBeLessThan(at);
      at = await caretBlock();
      expect(await inView(at)).toBe(true);
    }
    expect(at).toBeLessThan(down - 30);
  });

  it('goes to the end with Ctrl+End and types after the last block’s text (it was never drawn), and back with Ctrl+Home', async () => {
    await page.keyboard.press('Control+End');
    await expect.poll(caretBlock, POLL).toBe(blocks.length - 1);
    expect(await inView(blocks.length - 1)).toBe(true);
    await page.keyboard.type(' Hết.');
    await expect.poll(() => blockText(blocks.length - 1), POLL).toBe(`${blocks[blocks.length - 1].text} Hết.`);
    await waitSaved(page);
    await page.keyboard.press('Control+Home');
    await expect.poll(caretBlock, POLL).toBe(0);
    expect(await inView(0)).toBe(true);
  });

  it('finds a phrase near the end from the top, highlights it and scrolls it into view', async () => {
    await page.keyboard.press('Control+Home');
    await expect.poll(() => inView(nearEnd), POLL).toBe(false);
    await page.keyboard.press('Control+f');
    await page.getByTestId('find-query').fill(NEEDLE);
    await expect.poll(() => page.getByTestId('find-count').innerText(), POLL).toBe('1/1');
    const current = page.locator('.find-current');
    await expect.poll(() => current.allTextContents().then((parts) => parts.join('')), POLL).toBe(NEEDLE);
    expect(await current.first().evaluate((el, selector) => [...document.querySelector(selector)!.children].findIndex((b) => b.contains(el)), ROOT)).toBe(nearEnd);
    await expect.poll(() => inView(nearEnd), POLL).toBe(true);
    await page.getByTestId('find-query').press('Escape');
    expect(await page.evaluate(() => getSelection()?.toString())).toBe(NEEDLE);
  });

  it('jumps to the last section from the outline, which stays in view once the blocks above are drawn', async () => {
    await page.keyboard.press('Control+Home');
    const last = blocks.findLastIndex((b) => b.type === 'section');
    await page.locator(`[data-outline-id="${blocks[last].id}"]`).click();
    await expect.poll(() => inView(last), POLL).toBe(true);
    // Blocks drawn after the jump take their real heights; the section must not be pushed away.
    await page.waitForTimeout(500);
    expect(await inView(last)).toBe(true);
    expect(await caretBlock()).toBe(last);
  });

  it('prints every block: none is left undrawn on paper', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator(`${ROOT} > :nth-child(1000)`).evaluate((b) => getComputedStyle(b).contentVisibility)).toBe('visible');
    // page.pdf prints with the print styles unless told otherwise.
    await page.emulateMedia({ media: null });
    const pdf = join(dir.path, 'report.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4' }));
    const ink = (text: string) => text.replace(/\s+/gu, '');
    const printed = ink(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 }));
    // Every character of the text is on paper (numbers, drawn by CSS, come on top; -raw keeps a
    // hyphen at the end of a line); a block left
    // undrawn would print nothing. Line and page breaks only move spaces.
    const text = ink(await page.locator(ROOT).evaluate((e) => e.textContent ?? ''));
    expect(text.length).toBeGreaterThan(100_000);
    expect(printed.length).toBeGreaterThanOrEqual(text.length);
    for (const index of [blocks.length - 1, nearEnd]) expect(printed.includes(ink(await blockText(index)).slice(-30)), `block ${index} printed`).toBe(true);
  });
});
