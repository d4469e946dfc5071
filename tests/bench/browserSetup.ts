/**
 * What the Chromium benches share: the served app and Debian's Chromium started together, a
 * Political Report document whose working copy is written by a Yjs provider, a page with the
 * paint-timing helper, and the "arm in the page, act, wait for the figure" pattern.
 */
import type { Browser, Page } from 'playwright-core';
import { prosemirrorToYXmlFragment } from 'y-prosemirror';
import { docFromFlatBlocks } from '../../shared/content/build.ts';
import { CONTENT_FRAGMENT } from '../../shared/document/contentFragment.ts';
import type { NumberedBlock } from '../../shared/document/flatBlock.ts';
import { launchChromium } from '../helpers/browser.ts';
import { connectProvider, settled } from '../helpers/provider.ts';
import { call } from '../helpers/rpc.ts';
import { type ServedApp, startServedApp } from '../helpers/servedApp.ts';

export interface BenchDoc {
  workspaceId: string;
  documentId: string;
}

/** Runs `fn` with a served app and Chromium, and closes both afterwards. */
export async function withAppAndBrowser<T>(fn: (app: ServedApp, browser: Browser) => Promise<T>): Promise<T> {
  const app = await startServedApp();
  const browser = await launchChromium();
  try {
    return await fn(app, browser);
  } finally {
    await browser.close();
    await app.stop();
  }
}

/** Calls the app's RPC `method` with its secret. */
export const rpcOf = (app: ServedApp) => (method: string, input: unknown) => call(app.url, app.secret, method, input);

/**
 * A new political report in a new workspace whose working copy is set, through a provider, to
 * each of `versions` in turn; `afterEach` runs once each version has reached the server.
 */
export async function reportDocument(app: ServedApp, versions: NumberedBlock[][], afterEach: (doc: BenchDoc) => Promise<unknown> = async () => {}): Promise<BenchDoc> {
  const rpc = rpcOf(app);
  const { workspace } = await rpc('workspace.create', { name: 'Đại hội (bench)' });
  const { document } = await rpc('document.create', { workspaceId: workspace.id, kind: 'political_report', title: 'Báo cáo chính trị' });
  const doc = { workspaceId: workspace.id, documentId: document.id };
  const editor = connectProvider(app.url, app.secret, doc.workspaceId, doc.documentId);
  try {
    await settled(editor.provider, 30_000);
    for (const blocks of versions) {
      editor.ydoc.transact(() => prosemirrorToYXmlFragment(docFromFlatBlocks(blocks), editor.ydoc.getXmlFragment(CONTENT_FRAGMENT)), 'bench');
      await settled(editor.provider, 30_000);
      await afterEach(doc);
    }
  } finally {
    editor.destroy();
  }
  return doc;
}

/** The hash of `doc`'s editor page, or of a page under it (`/compare/1/2`). */
export const docHash = (doc: BenchDoc, under = '') => `#/w/${encodeURIComponent(doc.workspaceId)}/d/${encodeURIComponent(doc.documentId)}${under}`;

/**
 * Put into every bench page. `__whenPainted(start, ready, done)` checks `ready()` at every frame
 * and, once it holds, calls `done(ms since start)` after that frame has been painted
 * (requestAnimationFrame, then a task posted from it).
 */
const PAINT_HELPER = `
window.__whenPainted = (start, ready, done) => {
  const tick = () => {
    if (!ready()) return void requestAnimationFrame(tick);
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done(performance.now() - start);
    channel.port2.postMessage(null);
  };
  requestAnimationFrame(tick);
};`;

/** A 1440×900 page on the app's start page, with the paint helper and `extraHelpers` put in. */
export async function benchPage(app: ServedApp, browser: Browser, extraHelpers = ''): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(app.openUrl);
  await page.evaluate(PAINT_HELPER + extraHelpers);
  return page;
}

/**
 * Runs `arm(arg)` in the page (which must end by setting `window.__ms`), then `act()`, and
 * resolves with the `window.__ms` the page set.
 */
export async function armed<A, R>(page: Page, arm: (arg: A) => void, arg: A, act: () => Promise<unknown>): Promise<R> {
  await page.evaluate(() => ((window as any).__ms = null));
  // Playwright types the argument as its serialised form; `A` is plain data here.
  await page.evaluate(arm as (arg: unknown) => void, arg);
  await act();
  return (await page.waitForFunction(() => (window as any).__ms, null, { timeout: 30_000 })).jsonValue() as Promise<R>;
}

/** The editor's ProseMirror root in the served app. */
export const EDITOR_ROOT = '[data-testid=editor] .ProseMirror';

/** Opens `doc`'s editor in `page` (on the served app already) and waits until it shows all `count` top-level blocks. */
export async function openEditor(page: Page, doc: BenchDoc, count: number): Promise<void> {
  await page.evaluate((hash) => (location.hash = hash), docHash(doc));
  await page.waitForFunction(({ selector, count }) => document.querySelector(selector)?.childElementCount === count, { selector: EDITOR_ROOT, count }, { timeout: 60_000 });
}

/** Puts the caret 20 characters into the paragraph nearest the middle of the document; returns its id. */
export async function caretInMiddle(page: Page): Promise<string> {
  const id = await page.evaluate((selector) => {
    const blocks = [...document.querySelector(selector)!.children];
    const middle = blocks.slice(Math.floor(blocks.length / 2)).find((b) => b.getAttribute('data-type') === 'paragraph' && b.textContent!.length > 60)!;
    middle.scrollIntoView({ block: 'center' });
    return middle.getAttribute('data-id')!;
  }, EDITOR_ROOT);
  await page.locator(`${EDITOR_ROOT} > [data-id="${id}"]`).click();
  await page.keyboard.press('Home');
  for (let k = 0; k < 20; k++) await page.keyboard.press('ArrowRight');
  return id;
}
