/**
 * The structured editor in Chromium on a 40,000-word Political Report (~1,200 blocks) written into
 * the working copy through the served app: opening the editor page, typing, splitting and joining
 * a paragraph in the middle of the document, moving a section from the outline, and the heap and
 * DOM size once open. Times are taken inside the page with performance.now() and end after the
 * frame that shows the change has been painted, so they include style, layout and paint.
 */
import type { Page } from 'playwright-core';
import { generateReport } from '../fixtures/generators/report.ts';
import { armed, benchPage, caretInMiddle, docHash, EDITOR_ROOT as ROOT, reportDocument, withAppAndBrowser } from './browserSetup.ts';
import { summarise } from './stats.ts';

const OPENS = 5;
const WARMUP_KEYS = 5;
const KEYS = 40;
const SPLITS = 20;
const MOVES = 5;

/**
 * `__afterEdit()` arms one measurement: from the next keydown until the frame after the editor's
 * DOM first changes has been painted; all the synchronous work of the edit (ProseMirror, the
 * numbering plugin, Yjs, React) runs before that frame.
 */
const PAGE_HELPERS = `
window.__afterEdit = () => {
  const root = document.querySelector('${ROOT}');
  window.addEventListener('keydown', () => {
    const start = performance.now();
    const observer = new MutationObserver(() => {
      observer.disconnect();
      window.__whenPainted(start, () => true, (ms) => (window.__ms = ms));
    });
    observer.observe(root, { subtree: true, childList: true, characterData: true });
  }, { capture: true, once: true });
};`;

interface Opening {
  firstBlock: number;
  allBlocks: number;
}

/** Opens the editor by its hash: ms until the first block is visible, and until all `expected` top-level blocks are in the page. */
function open(page: Page, hash: string, expected: number): Promise<Opening> {
  return page.evaluate(
    ({ hash, expected, selector }) =>
      new Promise<Opening>((resolve) => {
        const w = window as any;
        const root = () => document.querySelector(selector);
        const start = performance.now();
        location.hash = hash;
        const firstVisible = () => {
          const first = root()?.firstElementChild;
          return !!first && first.checkVisibility() && first.getBoundingClientRect().height > 0;
        };
        w.__whenPainted(start, firstVisible, (firstBlock: number) =>
          w.__whenPainted(start, () => root()?.childElementCount === expected, (allBlocks: number) => resolve({ firstBlock, allBlocks })),
        );
      }),
    { hash, expected, selector: ROOT },
  );
}

/** Leaves the editor for the workspace list, and lets the page go idle. */
async function leave(page: Page): Promise<void> {
  await page.evaluate(() => (location.hash = '#/'));
  await page.waitForFunction((selector) => !document.querySelector(selector), ROOT);
  await page.waitForTimeout(500);
}

/** Presses `key` in the editor; ms from keydown to the painted frame after the DOM changed. */
const edit = (page: Page, key: string) => armed<null, number>(page, () => (window as any).__afterEdit(), null, () => page.keyboard.press(key));

/** Types KEYS characters (after WARMUP_KEYS untimed ones); then splits the paragraph with Enter and joins it back with Backspace, SPLITS times. */
async function typing(page: Page) {
  await caretInMiddle(page);
  for (let k = 0; k < WARMUP_KEYS; k++) await edit(page, 'a');
  const keys: number[] = [];
  for (let k = 0; k < KEYS; k++) keys.push(await edit(page, k % 5 === 4 ? 'Space' : 'a'));
  const enter: number[] = [];
  const backspace: number[] = [];
  for (let k = 0; k < SPLITS; k++) {
    enter.push(await edit(page, 'Enter'));
    backspace.push(await edit(page, 'Backspace'));
  }
  return { keys, enter, backspace };
}

/**
 * Presses Alt+`arrow` on the outline entry of section `id`; ms from the keydown until a frame is
 * painted in which both the section's number in the editor and in the outline have changed.
 */
async function moveStep(page: Page, id: string, arrow: 'ArrowUp' | 'ArrowDown'): Promise<number> {
  const button = page.locator(`[data-outline-id="${id}"]`);
  await button.focus();
  const arm = ({ id, selector }: { id: string; selector: string }) => {
    const w = window as any;
    const inEditor = () => document.querySelector(`${selector} > [data-id="${id}"]`)?.getAttribute('data-number');
    const inOutline = () => document.querySelector(`[data-outline-id="${id}"] [data-testid=outline-number]`)?.textContent;
    const before = [inEditor(), inOutline()];
    window.addEventListener('keydown', () => {
      const start = performance.now();
      w.__whenPainted(start, () => inEditor() !== before[0] && inOutline() !== before[1], (ms: number) => (w.__ms = ms));
    }, { capture: true, once: true });
  };
  return armed(page, arm, { id, selector: ROOT }, () => page.keyboard.press(`Alt+${arrow}`));
}

/** Moves the section in the middle down past its next sibling and back, MOVES times. */
async function moves(page: Page) {
  const id = await page.evaluate((selector) => {
    const sections = [...document.querySelectorAll(`${selector} > [data-type=section]`)];
    return sections[Math.floor(sections.length / 2)].getAttribute('data-id')!;
  }, ROOT);
  const down: number[] = [];
  const up: number[] = [];
  for (let k = 0; k < MOVES; k++) {
    down.push(await moveStep(page, id, 'ArrowDown'));
    up.push(await moveStep(page, id, 'ArrowUp'));
  }
  return { down, up };
}

/** JS heap after a garbage collection (CDP Performance metrics), and element counts. */
async function size(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  const elements = await page.evaluate((selector) => ({
    page: document.getElementsByTagName('*').length,
    editor: document.querySelector(selector)!.getElementsByTagName('*').length,
    outline: document.querySelector('[data-testid=outline]')?.getElementsByTagName('*').length ?? null,
  }), ROOT);
  return { js_heap_used_mb: Math.round(metric('JSHeapUsedSize') / 1e5) / 10, js_heap_total_mb: Math.round(metric('JSHeapTotalSize') / 1e5) / 10, dom_nodes: metric('Nodes'), elements };
}

export async function run(): Promise<Record<string, unknown>> {
  const blocks = generateReport({ words: 40_000, seed: 1 });
  return withAppAndBrowser(async (app, browser) => {
    const doc = await reportDocument(app, [blocks]);
    const page = await benchPage(app, browser, PAGE_HELPERS);
    const opens: Opening[] = [];
    for (let k = 0; k < OPENS; k++) {
      await leave(page);
      opens.push(await open(page, docHash(doc), blocks.length));
    }
    await page.waitForTimeout(1000);
    const memory = await size(page);
    const typed = await typing(page);
    const moved = await moves(page);
    return {
      input: { blocks: blocks.length, words: blocks.reduce((n, b) => n + b.text.split(/\s+/u).length, 0) },
      open_first_block_visible: { ms: summarise(opens.map((o) => o.firstBlock)) },
      open_all_blocks_rendered: { ms: summarise(opens.map((o) => o.allBlocks)), note: 'includes the Yjs sync of the working copy over the WebSocket' },
      keystroke: { ms: summarise(typed.keys), target_median_ms: 16, target_p95_ms: 25, note: 'issue 9; from keydown to the painted frame: style, layout and paint included' },
      enter_split_paragraph: { ms: summarise(typed.enter), note: 'renumbering runs; includes layout and paint' },
      backspace_join_paragraphs: { ms: summarise(typed.backspace), note: 'renumbering runs; includes layout and paint' },
      move_section_down_outline_alt_arrow: { ms: summarise(moved.down), note: 'until the numbers in the editor and the outline are updated and painted' },
      move_section_up_outline_alt_arrow: { ms: summarise(moved.up) },
      after_open: memory,
    };
  });
}
