/**
 * The side-by-side comparison page in Chromium, at the real size of a Political Report: two drafts
 * of a 40,000-word report (~1,200 blocks, ~5% changed) frozen through the served app, then the
 * compare page for drafts 1→2 opened, navigated, filtered and scrolled. Times are taken inside the
 * page with performance.now() and end after the frame that shows the result has been painted
 * (requestAnimationFrame, then a task posted from it).
 */
import type { Page } from 'playwright-core';
import { compareBlocks } from '../../shared/compare/compareBlocks.ts';
import type { NumberedBlock } from '../../shared/document/flatBlock.ts';
import { generateReport } from '../fixtures/generators/report.ts';
import { type PlantCounts, plantEdits } from '../fixtures/generators/plantEdits.ts';
import { armed, benchPage, docHash, reportDocument, rpcOf, withAppAndBrowser } from './browserSetup.ts';
import { summarise } from './stats.ts';

/** About 5% of the blocks changed, of every kind (the same counts as compare.bench.ts). */
const COUNTS: PlantCounts = { word: 15, tone: 6, punctuation: 6, number: 6, inserted: 6, deleted: 6, moved: 6, movedEdited: 3, split: 3, merged: 3, renumbered: 5 };
const OPENS = 5;
const JUMPS = 12;
const TOGGLES = 5;
const SCROLLS = 8;
const META = { stage: 'subcommittee', author: 'Tổ biên tập', note: '' };

/**
 * Helpers put into the page, beside `__whenPainted` (browserSetup.ts). A row counts as drawn
 * only when its contents are not skipped by `content-visibility: auto` (Chromium draws a row
 * that has just scrolled into view empty for one frame, then fills it).
 */
const PAGE_HELPERS = `
window.__drawn = (row) => !!row && row.firstElementChild.checkVisibility({ contentVisibilityAuto: true });
window.__centreRow = () => {
  const box = document.querySelector('.cmp-scroll').getBoundingClientRect();
  return document.elementFromPoint(box.left + box.width * 0.75, box.top + box.height / 2)?.closest('.cmp-row') ?? null;
};`;

interface Opening {
  firstRows: number;
  allRows: number;
  fetched: number;
}

/** Opens the compare page by its hash: ms to the first rows drawn, to every row in the page, and to both sides fetched. */
function open(page: Page, hash: string, expected: number): Promise<Opening> {
  return page.evaluate(
    ({ hash, expected }) =>
      new Promise<Opening>((resolve) => {
        const w = window as any;
        const rows = document.getElementsByClassName('cmp-row');
        performance.clearResourceTimings();
        const start = performance.now();
        location.hash = hash;
        w.__whenPainted(start, () => w.__drawn(rows[0]), (firstRows: number) =>
          w.__whenPainted(start, () => rows.length === expected, (allRows: number) => {
            const gets = performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/rpc/draft.get')) as PerformanceResourceTiming[];
            resolve({ firstRows, allRows, fetched: Math.max(...gets.map((e) => e.responseEnd)) - start });
          }),
        );
      }),
    { hash, expected },
  );
}

/** Leaves the compare page for the workspace list, and lets the page go idle. */
async function leave(page: Page): Promise<void> {
  await page.evaluate(() => (location.hash = '#/'));
  await page.waitForFunction(() => document.getElementsByClassName('cmp-row').length === 0);
  await page.waitForTimeout(300);
}

/**
 * Presses `key` and resolves with the ms from the keydown until a frame is painted in which
 * another row is current, drawn, with its top inside the scrolling column.
 */
function jump(page: Page, key: string): Promise<number> {
  const arm = () => {
    const w = window as any;
    const listener = () => {
      const start = performance.now();
      const before = document.querySelector('.cmp-row.current')?.getAttribute('data-row') ?? null;
      const scroller = document.querySelector('.cmp-scroll')!.getBoundingClientRect();
      w.__whenPainted(start, () => {
        const row = document.querySelector('.cmp-row.current');
        const top = row?.getBoundingClientRect().top ?? -1;
        return row?.getAttribute('data-row') !== before && top >= scroller.top && top < scroller.bottom && w.__drawn(row);
      }, (ms: number) => (w.__ms = ms));
    };
    window.addEventListener('keydown', listener, { capture: true, once: true });
  };
  return armed(page, arm, null, () => page.keyboard.press(key));
}

/**
 * Clicks a filter checkbox. `view`: ms from the click until a frame is painted in which the number
 * of `className` elements has changed and the row in the middle of the column is drawn; `all`: ms
 * until there are `total` of them (when given).
 */
function toggle(page: Page, testId: string, className: string, total?: number): Promise<{ view: number; all?: number }> {
  return armed(
    page,
    ({ testId, className, total }: { testId: string; className: string; total?: number }) => {
      const w = window as any;
      const counted = document.getElementsByClassName(className);
      const listener = () => {
        const start = performance.now();
        const before = counted.length;
        w.__whenPainted(start, () => counted.length !== before && w.__drawn(w.__centreRow()), (view: number) => {
          if (total === undefined) w.__ms = { view };
          else w.__whenPainted(start, () => counted.length === total, (all: number) => (w.__ms = { view, all }));
        });
      };
      document.querySelector(`[data-testid=${testId}]`)!.addEventListener('click', listener, { capture: true, once: true });
    },
    { testId, className, total },
    () => page.getByTestId(testId).click(),
  );
}

/**
 * Scrolls the rows column 20 screens at a time (back to the top after the end); ms from each
 * scroll until a frame is painted with the row in the middle of the column drawn.
 */
function scrolls(page: Page): Promise<number[]> {
  return page.evaluate(async (count) => {
    const w = window as any;
    const scroller = document.querySelector('.cmp-scroll')!;
    const drawn = (start: number) => new Promise<number>((resolve) => w.__whenPainted(start, () => w.__drawn(w.__centreRow()), resolve));
    scroller.scrollTop = 0;
    await drawn(performance.now());
    const out: number[] = [];
    for (let k = 0; k < count; k++) {
      const start = performance.now();
      const end = scroller.scrollHeight - scroller.clientHeight;
      scroller.scrollTop = scroller.scrollTop >= end ? 0 : scroller.scrollTop + 20 * scroller.clientHeight;
      out.push(await drawn(start));
    }
    return out;
  }, SCROLLS);
}

const nodeCounts = (page: Page) =>
  page.evaluate(() => ({
    page: document.getElementsByTagName('*').length,
    rows: document.querySelector('[data-testid=side-by-side]')?.getElementsByTagName('*').length ?? 0,
    navigator: document.querySelector('[data-testid=change-navigator]')?.getElementsByTagName('*').length ?? 0,
    rowElements: document.getElementsByClassName('cmp-row').length,
  }));

async function measure(page: Page, hash: string, expected: number): Promise<Record<string, unknown>> {
  const opens = [];
  for (let k = 0; k < OPENS; k++) {
    await leave(page);
    opens.push(await open(page, hash, expected));
  }
  await page.waitForTimeout(500);
  const nodes = await nodeCounts(page);
  const jumps = [];
  for (let k = 0; k < JUMPS; k++) jumps.push(await jump(page, k % 3 === 2 ? 'F8' : 'n'));
  // Each filter is switched away from its default and back, TOGGLES times each way.
  const minor = { off: [] as number[], on: [] as number[] };
  const only = { on: [] as number[], off: [] as number[], offAll: [] as number[] };
  for (let k = 0; k < TOGGLES; k++) {
    minor.off.push((await toggle(page, 'filter-minor', 'cmp-row shown')).view);
    minor.on.push((await toggle(page, 'filter-minor', 'cmp-row shown')).view);
  }
  for (let k = 0; k < TOGGLES; k++) {
    only.on.push((await toggle(page, 'filter-only-changes', 'cmp-row')).view);
    const off = await toggle(page, 'filter-only-changes', 'cmp-row', expected);
    only.off.push(off.view);
    only.offAll.push(off.all!);
  }
  const scrolled = await scrolls(page);
  return {
    open_first_rows_drawn: { ms: summarise(opens.map((o) => o.firstRows)), target_ms: 1000 },
    open_all_rows_in_page: { ms: summarise(opens.map((o) => o.allRows)), target_ms: 1000 },
    open_both_sides_fetched: { ms: summarise(opens.map((o) => o.fetched)), note: 'draft.get ×2 responses received, included in the opening times' },
    next_change_scrolled_into_view: { ms: summarise(jumps), target_ms: 100 },
    show_minor_changes: { ms: summarise(minor.off), target_ms: 100 },
    hide_minor_changes: { ms: summarise(minor.on), target_ms: 100 },
    only_changes_on: { ms: summarise(only.on), target_ms: 100, note: 'every row but the changes removed' },
    only_changes_off: { ms: summarise(only.off), target_ms: 100, note: 'the rows in view back' },
    only_changes_off_all_rows: { ms: summarise(only.offAll), note: 'every row back in the page' },
    scroll_20_screens_to_row_drawn: { ms: summarise(scrolled) },
    dom_elements: nodes,
  };
}

export async function run(): Promise<Record<string, unknown>> {
  const left = generateReport({ words: 40_000, seed: 1 });
  const { right } = plantEdits(left, { seed: 2, counts: COUNTS });
  return withAppAndBrowser(async (app, browser) => {
    const rpc = rpcOf(app);
    // Drafts 1 and 2: each version typed into the working copy, then frozen.
    const doc = await reportDocument(app, [left, right], (d) => rpc('draft.freeze', { ...d, ...META }));
    const side = async (n: number) => (await rpc('draft.get', { ...doc, side: n })).blocks as NumberedBlock[];
    const comparison = compareBlocks(await side(1), await side(2));
    const page = await benchPage(app, browser, PAGE_HELPERS);
    return {
      input: { blocks: [left.length, right.length], rows: comparison.changes.length, changes: comparison.changes.filter((c) => c.op !== 'equal').length },
      ...(await measure(page, docHash(doc, '/compare/1/2'), comparison.changes.length)),
    };
  });
}
