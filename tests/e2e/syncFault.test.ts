import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { WebSocketRoute } from 'playwright-core';
import * as Y from 'yjs';
import { CONTENT_FRAGMENT } from '../../shared/document/contentFragment.ts';
import { syncDocumentName } from '../../shared/rpc/protocol.ts';
import { connectProvider, settled } from '../helpers/provider.ts';
import { updateMessage } from '../helpers/rawSync.ts';
import { useServedApp } from '../helpers/browserServer.ts';
import { createDocument, editorOf, waitSaved } from '../helpers/editorPage.ts';
import { holdWriteLock, type HeldLock } from '../helpers/holdWriteLock.ts';

const served = useServedApp();
let lock: HeldLock | undefined;

// Registered after useServedApp's, so it runs before the app stops.
afterAll(async () => {
  await lock?.release();
});

describe('sync faults in the editor', () => {
  it('says "Chưa lưu được" and why while another program holds the lock, then "Đã lưu", and the text survives a reload', async () => {
    const context = await served.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(served.app.openUrl);
    await createDocument(page, 'Tệp bị khoá', 'Báo cáo chính trị');
    const editor = editorOf(page);
    await editor.click();
    await page.keyboard.type('Trước khi khoá. ');
    await waitSaved(page);

    const [file] = readdirSync(served.app.dataDir).filter((f) => f.endsWith('.vkws'));
    lock = await holdWriteLock(join(served.app.dataDir, file));
    await page.keyboard.type('Gõ trong lúc tệp bị khoá.');
    const saved = page.getByTestId('saved');
    await expect.poll(() => saved.innerText(), { timeout: 20_000 }).toMatch(/^Chưa lưu được — tệp không gian làm việc đang bị chương trình khác khoá: hãy đóng chương trình đó/);
    expect(await saved.getAttribute('data-saved')).toBe('false');
    await page.screenshot({ path: 'tests/.artifacts/sync-fault.png' });

    await lock.release();
    lock = undefined;
    await waitSaved(page, 30_000);
    expect(await saved.innerText()).toBe('Đã lưu');
    await page.reload();
    await expect.poll(() => editor.innerText(), { timeout: 15_000 }).toBe('Trước khi khoá. Gõ trong lúc tệp bị khoá.');
    await context.close();
  });

  it('says a change was refused and reopens the document from the server, which never stored it', async () => {
    const context = await served.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(served.app.openUrl);
    await createDocument(page, 'Thay đổi bị từ chối', 'Nghị quyết');
    const editor = editorOf(page);
    await editor.click();
    await page.keyboard.type('Nội dung hợp lệ.');
    await waitSaved(page);
    // The page's socket, seen from the middle, so a hand-made update can be sent as if the page sent it.
    let toServer: WebSocketRoute | undefined;
    await page.routeWebSocket(/\/sync/, (socket) => {
      const server = socket.connectToServer();
      toServer = server;
      socket.onMessage((m) => server.send(m));
      server.onMessage((m) => socket.send(m));
    });
    await page.reload();
    await waitSaved(page);
    const [, workspaceId, documentId] = /#\/w\/([^/]+)\/d\/([^/?]+)/.exec(page.url())!.map(decodeURIComponent);
    const hostile = new Y.Doc();
    const heading = new Y.XmlElement('heading');
    heading.setAttribute('level', 'NaN');
    hostile.getXmlFragment(CONTENT_FRAGMENT).insert(0, [heading]);
    toServer!.send(Buffer.from(updateMessage(syncDocumentName(workspaceId, documentId), Y.encodeStateAsUpdate(hostile))));

    await expect.poll(() => page.getByTestId('sync-notice').innerText(), { timeout: 15_000 }).toMatch(/^Máy chủ đã từ chối một thay đổi có nội dung không hợp lệ \(heading/);
    await waitSaved(page);
    await editor.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Vẫn soạn tiếp.');
    await waitSaved(page);
    const reader = connectProvider(served.app.url, served.app.secret, workspaceId, documentId);
    await settled(reader.provider);
    const blocks = reader.ydoc.getXmlFragment(CONTENT_FRAGMENT).toArray() as Y.XmlElement[];
    expect(blocks.map((b) => b.nodeName)).toEqual(['paragraph']);
    expect(blocks[0].toString()).toContain('Nội dung hợp lệ. Vẫn soạn tiếp.');
    reader.destroy();
    await context.close();
  });
});
