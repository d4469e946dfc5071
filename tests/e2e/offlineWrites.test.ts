/**
 * renderer/editor/offline/writeAfterPaint.ts in Chromium, on real IndexedDB with y-indexeddb and
 * Yjs, bundled for the page by esbuild: the updates of one task become one row written after the
 * next frame, nothing the store itself read back is written again, and `pagehide` writes what is
 * pending at once. (The editor's own offline behaviour is tests/e2e/offline.test.ts.)
 */
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';

const ORIGIN = 'http://offline-writes.test';
const ENTRY = `
import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { writeAfterPaint } from './renderer/editor/offline/writeAfterPaint.ts';
window.harness = { Y, IndexeddbPersistence, writeAfterPaint };
`;

let browser: Browser;
let page: Page;

beforeAll(async () => {
  const bundle = await build({ stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, format: 'iife', write: false, logLevel: 'silent' });
  browser = await launchChromium();
  page = await browser.newPage();
  // IndexedDB needs an origin: the page is served by the test itself.
  await page.route(`${ORIGIN}/**`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>t</title>' }));
  await page.goto(`${ORIGIN}/`);
  await page.addScriptTag({ content: bundle.outputFiles[0].text });
});

afterAll(async () => {
  await browser?.close();
});

/** Opens a store named `name` on a new Y.Doc and waits until it has read what was kept. */
const OPEN = `async (name) => {
  const { Y, IndexeddbPersistence, writeAfterPaint } = window.harness;
  const ydoc = new Y.Doc();
  const persistence = new IndexeddbPersistence(name, ydoc);
  await persistence.whenSynced;
  const writes = writeAfterPaint(persistence, ydoc);
  const written = [];
  const own = persistence._storeUpdate;
  persistence._storeUpdate = (update, origin) => (written.push(update.byteLength), own(update, origin));
  const rows = () => new Promise((resolve) => {
    const request = persistence.db.transaction('updates', 'readonly').objectStore('updates').count();
    request.onsuccess = () => resolve(request.result);
  });
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 20)));
  return { Y, ydoc, persistence, writes, written, rows, frame };
}`;

describe('offline rows written after the frame', () => {
  it('writes the updates of one task as one row after the next frame, all of them readable on reopening', async () => {
    const result = await page.evaluate(`(async () => {
      const s = await (${OPEN})('batch');
      const before = await s.rows();
      const text = s.ydoc.getText('t');
      for (const word of ['Một ', 'hai ', 'ba ', 'bốn ', 'năm']) text.insert(text.length, word);
      const inTask = s.written.length;
      await s.frame();
      const after = await s.rows();
      s.writes.stop();
      await s.persistence.destroy();
      const again = await (${OPEN})('batch');
      return { before, inTask, written: s.written.length, after, reread: again.ydoc.getText('t').toString() };
    })()`);
    expect(result).toEqual({ before: 1, inTask: 0, written: 1, after: 2, reread: 'Một hai ba bốn năm' });
  });

  it('writes what is pending at once on pagehide, and never writes back what the store read', async () => {
    const result = await page.evaluate(`(async () => {
      const s = await (${OPEN})('pagehide');
      s.ydoc.getText('t').insert(0, 'Gõ rồi đóng trang');
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      const atPagehide = s.written.length;
      // An update the store itself applies (as when it reads its rows back) is not a new row.
      const other = new s.Y.Doc();
      other.getText('t').insert(0, 'từ IndexedDB ');
      s.Y.applyUpdate(s.ydoc, s.Y.encodeStateAsUpdate(other), s.persistence);
      await s.frame();
      const rows = await s.rows();
      s.writes.drop();
      s.writes.stop();
      await s.persistence.destroy();
      return { atPagehide, written: s.written.length, rows };
    })()`);
    expect(result).toEqual({ atPagehide: 1, written: 1, rows: 2 });
  });
});
