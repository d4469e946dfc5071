import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { AN, BINH, CHI, useTeamBrowser } from '../helpers/browserServer.ts';
import { editorOf, waitSaved } from '../helpers/editorPage.ts';
import { serverText } from '../helpers/reviewPage.ts';

const OFFLINE = 'Ngoại tuyến — mất kết nối máy chủ, đang thử lại';

const team = useTeamBrowser({ prefix: 'vankien-e2e-offline-', people: [AN, CHI, BINH] });
const newDocument = team.newDocument;

/** A signed-in browser context whose sync sockets the test can cut and restore (as a lost network would). */
async function signedIn(name: string): Promise<{ context: BrowserContext; setOffline(offline: boolean): Promise<void> }> {
  let cut = false;
  const open = new Set<{ close(options?: { code?: number; reason?: string }): Promise<void> }>();
  const page = await team.signIn(name, {
    prepare: (page) =>
      page.context().routeWebSocket(/.*/, (socket) => {
        if (cut) return void socket.close({ code: 1011, reason: 'offline' });
        socket.connectToServer();
        open.add(socket);
        socket.onClose(() => open.delete(socket));
      }),
  });
  await page.close();
  return {
    context: page.context(),
    async setOffline(offline) {
      cut = offline;
      if (offline) await Promise.all([...open].map((socket) => socket.close({ code: 1011, reason: 'offline' })));
    },
  };
}

async function openIn(context: BrowserContext, documentId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(team.documentUrl(documentId));
  await editorOf(page).waitFor({ timeout: 15_000 });
  return page;
}

/** Types at the end of the document. */
async function typeAtEnd(page: Page, text: string): Promise<void> {
  await editorOf(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

/** Each block's text, without the other people's cursors drawn in it. */
const blocksOf = (page: Page) =>
  editorOf(page).evaluate((root) => {
    const copy = root.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.ProseMirror-yjs-cursor').forEach((cursor) => cursor.remove());
    return [...copy.children].map((block) => block.textContent);
  });

const occurrences = (text: string, part: string) => text.split(part).length - 1;

/** What the offline stores of a page's origin hold: databases, rows and bytes. */
const offlineStores = (page: Page) =>
  page.evaluate(async () => {
    const result: { name: string; rows: number; bytes: number }[] = [];
    for (const { name } of await indexedDB.databases()) {
      if (!name?.startsWith('vankien-offline|')) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const rows = await new Promise<Uint8Array[]>((resolve, reject) => {
        const request = db.transaction('updates', 'readonly').objectStore('updates').getAll();
        request.onsuccess = () => resolve(request.result as Uint8Array[]);
        request.onerror = () => reject(request.error);
      });
      db.close();
      result.push({ name, rows: rows.length, bytes: rows.reduce((sum, row) => sum + row.byteLength, 0) });
    }
    return result;
  });

describe('editing offline', () => {
  it('keeps two people editing while offline and merges both on reconnect, nothing duplicated', async () => {
    const documentId = newDocument('Hai người ngoại tuyến');
    const an = await signedIn('an');
    const chi = await signedIn('chi');
    const pageA = await openIn(an.context, documentId);
    await typeAtEnd(pageA, 'Mở đầu chung.');
    await waitSaved(pageA);
    const pageC = await openIn(chi.context, documentId);
    await expect.poll(() => editorOf(pageC).innerText(), { timeout: 10_000 }).toContain('Mở đầu chung.');

    await an.setOffline(true);
    await chi.setOffline(true);
    for (const page of [pageA, pageC]) await expect.poll(() => page.getByTestId('connection').innerText(), { timeout: 15_000 }).toBe(OFFLINE);
    await typeAtEnd(pageA, ' Phần của An khi mất mạng.');
    await pageA.keyboard.press('Enter');
    await pageA.keyboard.type('Đoạn mới của An.');
    await typeAtEnd(pageC, ' Phần của Chi khi mất mạng.');
    await expect.poll(() => pageA.getByTestId('saved').innerText()).toMatch(/^Chưa gửi: \d+ thay đổi, đã giữ trên máy này/);
    expect(await editorOf(pageA).innerText()).not.toContain('Phần của Chi');
    expect(await editorOf(pageC).innerText()).not.toContain('Phần của An');

    await an.setOffline(false);
    await chi.setOffline(false);
    await waitSaved(pageA, 30_000);
    await waitSaved(pageC, 30_000);
    for (const page of [pageA, pageC]) {
      await expect.poll(() => editorOf(page).innerText(), { timeout: 10_000 }).toContain('Đoạn mới của An.');
      await expect.poll(() => editorOf(page).innerText(), { timeout: 10_000 }).toContain('Phần của Chi khi mất mạng.');
      const text = await editorOf(page).innerText();
      for (const part of ['Mở đầu chung.', 'Phần của An khi mất mạng.', 'Đoạn mới của An.', 'Phần của Chi khi mất mạng.']) expect(occurrences(text, part), part).toBe(1);
    }
    await expect.poll(async () => JSON.stringify(await blocksOf(pageA)) === JSON.stringify(await blocksOf(pageC)), { timeout: 10_000 }).toBe(true);
    await an.context.close();
    await chi.context.close();
  });

  it('sends the edits of a page closed while offline when it is opened again after the server is back', async () => {
    const documentId = newDocument('Đóng trang khi mất mạng');
    const an = await signedIn('an');
    const page = await openIn(an.context, documentId);
    await typeAtEnd(page, 'Đã lưu trước.');
    await waitSaved(page);
    await an.setOffline(true);
    await expect.poll(() => page.getByTestId('connection').innerText(), { timeout: 15_000 }).toBe(OFFLINE);
    await typeAtEnd(page, ' Gõ khi mất mạng rồi đóng trang.');
    // The change is on disk once its row is in IndexedDB (written a frame after the keystroke, writeAfterPaint).
    await expect.poll(async () => (await offlineStores(page)).reduce((rows, store) => rows + store.rows, 0)).toBeGreaterThan(1);
    await page.close({ runBeforeUnload: false });
    await an.setOffline(false);

    // Nobody else has it yet: the server never received it.
    const chi = await signedIn('chi');
    const other = await openIn(chi.context, documentId);
    await expect.poll(() => editorOf(other).innerText()).toContain('Đã lưu trước.');
    expect(await editorOf(other).innerText()).not.toContain('Gõ khi mất mạng');

    const reopened = await openIn(an.context, documentId);
    await waitSaved(reopened, 30_000);
    await expect.poll(() => editorOf(other).innerText(), { timeout: 15_000 }).toContain('Gõ khi mất mạng rồi đóng trang.');
    expect(occurrences(await editorOf(reopened).innerText(), 'Gõ khi mất mạng rồi đóng trang.')).toBe(1);
    await an.context.close();
    await chi.context.close();
  });

  it('keeps the local store about the size of the document across reloads', async () => {
    const documentId = newDocument('Tải lại nhiều lần');
    const an = await signedIn('an');
    let page = await openIn(an.context, documentId);
    const sizes: number[] = [];
    const rows: number[] = [];
    for (let round = 0; round < 8; round++) {
      await typeAtEnd(page, ` Lần ${round} thêm một câu vào văn kiện.`);
      await waitSaved(page);
      // Compaction runs a second after the server has everything.
      await expect.poll(async () => (await offlineStores(page))[0]?.rows ?? 0, { timeout: 20_000 }).toBe(1);
      const [store] = await offlineStores(page);
      sizes.push(store.bytes);
      rows.push(store.rows);
      await page.reload();
      await editorOf(page).waitFor({ timeout: 15_000 });
    }
    console.log(`offline store over 8 reloads: bytes ${sizes.join(', ')}; rows ${rows.join(', ')}`);
    expect(new Set((await offlineStores(page)).map((s) => s.name)).size).toBe(1);
    // Growth follows the text typed (about 40 characters per round), not the reloads (a whole copy each).
    const perRound = (sizes[sizes.length - 1] - sizes[0]) / (sizes.length - 1);
    expect(perRound).toBeLessThan(400);
    await an.context.close();
  });

  it("keeps nothing on disk for a reviewer, and the reviewer's page shows no change of its own", async () => {
    const documentId = newDocument('Người góp ý');
    const an = await signedIn('an');
    const writer = await openIn(an.context, documentId);
    await typeAtEnd(writer, 'Văn bản của người biên tập.');
    await waitSaved(writer);
    const binh = await signedIn('binh');
    const page = await openIn(binh.context, documentId);
    await page.getByTestId('read-only').waitFor({ timeout: 15_000 });
    await expect.poll(() => editorOf(page).innerText()).toContain('Văn bản của người biên tập.');
    await expect.poll(async () => (await offlineStores(page)).length, { timeout: 10_000 }).toBe(0);
    await an.context.close();
    await binh.context.close();
  });

  it('drops, and never sends, what a drafter typed offline once demoted to reviewer meanwhile: not on the server, not for others, not on disk, not after a reload', async () => {
    const documentId = newDocument('Hạ quyền khi mất mạng');
    const store = team.server.workspaces.store(team.workspaceId);
    const an = await signedIn('an');
    const chi = await signedIn('chi');
    const watcher = await openIn(an.context, documentId);
    await typeAtEnd(watcher, 'Văn bản đã thống nhất.');
    await waitSaved(watcher);
    const page = await openIn(chi.context, documentId);
    await expect.poll(() => editorOf(page).innerText(), { timeout: 10_000 }).toContain('Văn bản đã thống nhất.');
    await waitSaved(page);

    await chi.setOffline(true);
    await expect.poll(() => page.getByTestId('connection').innerText(), { timeout: 15_000 }).toBe(OFFLINE);
    await typeAtEnd(page, ' Chí gõ khi mất mạng.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Đoạn Chí thêm khi mất mạng.');
    // Kept on this machine as a drafter's offline edits are (the control: the store did hold them).
    await expect.poll(async () => (await offlineStores(page)).reduce((rows, s) => rows + s.rows, 0)).toBeGreaterThan(1);
    const rowsBefore = store.updates.count(documentId);
    team.server.accounts!.setRole('test', 'chi', team.workspaceId, 'reviewer');
    try {
      await chi.setOffline(false);
      await page.getByTestId('read-only').waitFor({ timeout: 20_000 });
      // The page is made again from the server's copy: the offline edits are gone from it.
      await expect.poll(() => editorOf(page).innerText(), { timeout: 15_000 }).not.toContain('khi mất mạng');
      await expect.poll(() => editorOf(page).innerText()).toContain('Văn bản đã thống nhất.');
      await expect.poll(async () => (await offlineStores(page)).length, { timeout: 10_000 }).toBe(0);
      // The drafter who stayed types on: that arrives, Chí's offline text never does.
      await typeAtEnd(watcher, ' Người biên tập viết tiếp.');
      await waitSaved(watcher);
      await expect.poll(() => editorOf(page).innerText(), { timeout: 10_000 }).toContain('Người biên tập viết tiếp.');
      const afterLive = store.updates.count(documentId);

      await page.reload();
      await page.getByTestId('read-only').waitFor({ timeout: 15_000 });
      await expect.poll(() => editorOf(page).innerText()).toContain('Người biên tập viết tiếp.');
      // Long enough for a resend after the reload to have reached the server and the drafter.
      await page.waitForTimeout(1500);
      for (const text of [serverText(team.server, team.workspaceId, documentId), await editorOf(watcher).innerText(), await editorOf(page).innerText()]) {
        expect(text).not.toContain('khi mất mạng');
      }
      expect(rowsBefore).toBeLessThan(afterLive);
      expect(store.updates.count(documentId)).toBe(afterLive);
      expect(await offlineStores(page)).toEqual([]);
      // Nor did they become suggestions.
      expect(await page.locator('.suggestion-inserted').count()).toBe(0);
    } finally {
      team.server.accounts!.setRole('test', 'chi', team.workspaceId, 'drafter');
      await an.context.close();
      await chi.context.close();
    }
  });

  it('says offline edits are not kept and asks before leaving once the local store fails after the page opened', async () => {
    const documentId = newDocument('Kho trên máy hỏng');
    const an = await signedIn('an');
    // The offline store's database opens only when the test says so, and then fails (a full or
    // broken disk): the page was already drawn believing its changes were kept.
    await an.context.addInitScript(() => {
      const open = IDBFactory.prototype.open;
      const pending: { onerror?: (event: unknown) => void }[] = [];
      (window as unknown as { failOfflineStore(): void }).failOfflineStore = () => {
        for (const request of pending.splice(0)) request.onerror?.({ target: { error: new DOMException('Ổ đĩa đầy', 'QuotaExceededError') } });
      };
      IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
        if (!name.startsWith('vankien-offline|')) return open.call(this, name, version);
        const request = {} as { onerror?: (event: unknown) => void };
        pending.push(request);
        return request as unknown as IDBOpenDBRequest;
      };
    });
    const page = await openIn(an.context, documentId);
    await typeAtEnd(page, 'Đã lưu trước.');
    await waitSaved(page);
    await an.setOffline(true);
    await expect.poll(() => page.getByTestId('connection').innerText(), { timeout: 15_000 }).toBe(OFFLINE);
    await page.evaluate(() => (window as unknown as { failOfflineStore(): void }).failOfflineStore());
    await typeAtEnd(page, ' Gõ khi kho hỏng.');
    await expect.poll(() => page.getByTestId('saved').innerText()).toMatch(/^Chưa lưu: \d+ thay đổi/);
    let asked = false;
    page.on('dialog', (dialog) => {
      asked = dialog.type() === 'beforeunload';
      void dialog.dismiss();
    });
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => asked).toBe(true);
    await an.context.close();
  });
});
