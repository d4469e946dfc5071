import { describe, expect, it } from 'vitest';
import { useBrowserServer } from '../helpers/browserServer.ts';
import { createDocument, editorOf, waitSaved } from '../helpers/editorPage.ts';
import { call } from '../helpers/rpc.ts';

// Browsers cannot hold enough cookies for one host to pass the real limit (1 MB), so this server
// takes 32 KB of headers, which a dozen cookies pass.
const HEADER_BYTES = 32 * 1024;

const app = useBrowserServer({ prefix: 'vankien-e2e-cookies-', maxHeaderBytes: HEADER_BYTES });

async function storedText(workspaceId: string, documentId: string): Promise<string> {
  const { blocks } = await call(app.server.url, app.server.secret, 'draft.get', { workspaceId, documentId, side: 'working' });
  return blocks.map((block: { text: string }) => block.text).join('\n');
}

describe('a page whose browser sends more cookies than the server reads', () => {
  it('says to clear this site’s cookies, keeps its edits, and sends them once that is done', async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    await page.goto(app.server.openUrl);
    await createDocument(page, 'Cookie', 'Nghị quyết');
    await page.waitForURL(/#\/w\/.+\/d\/.+/);
    const [, workspaceId, documentId] = /#\/w\/([^/]+)\/d\/([^/]+)/.exec(page.url())!.map(decodeURIComponent);
    const editor = editorOf(page);
    await editor.click();
    await page.keyboard.type('Trước khi có cookie. ');
    await waitSaved(page);

    // Another page on 127.0.0.1 plants a dozen 3 KB cookies; then the sync socket drops.
    const host = new URL(app.server.url).hostname;
    await context.addCookies(Array.from({ length: 12 }, (_, i) => ({ name: `junk${i}`, value: 'A'.repeat(3000), domain: host, path: '/' })));
    for (const document of app.server.sync.hocuspocus.documents.values()) {
      for (const connection of document.getConnections()) connection.webSocket.close(1012, 'restart');
    }
    await page.keyboard.type('Gõ khi bị chặn.');

    const banner = page.getByTestId('credentials-banner');
    await expect.poll(() => banner.getAttribute('data-state'), { timeout: 20_000 }).toBe('headersTooLarge');
    expect(await banner.innerText()).toContain('Hãy xoá cookie của trang này trong cài đặt trình duyệt');
    expect(await editor.innerText()).toContain('Trước khi có cookie. Gõ khi bị chặn.');
    expect(await storedText(workspaceId, documentId)).not.toContain('Gõ khi bị chặn.');
    await page.screenshot({ path: 'tests/.artifacts/cookie-bomb-banner.png' });

    await context.clearCookies({ name: /^junk/ });
    await page.getByTestId('credentials-recheck').click();
    await expect.poll(() => banner.count(), { timeout: 15_000 }).toBe(0);
    await waitSaved(page, 30_000);
    await expect.poll(() => storedText(workspaceId, documentId), { timeout: 15_000 }).toContain('Trước khi có cookie. Gõ khi bị chặn.');
    await context.close();
  });
});
