import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useServedApp } from '../helpers/browserServer.ts';
import { makeDamagedWorkspace } from '../fixtures/damagedWorkspace.ts';
import { createDocument, createWorkspace, editorOf, waitSaved } from '../helpers/editorPage.ts';

const served = useServedApp();

const openApp = () => served.openPage();

const TEXT = 'Đại hội đại biểu Đảng bộ thành phố lần thứ XVII, nhiệm kỳ 2025 – 2030: hoà bình, uỷ ban';

describe('editor in Chromium', () => {
  it('creates a workspace and a document, keeps typed Vietnamese text across a reload', async () => {
    const page = await openApp();
    await createDocument(page, 'Đại hội Đảng bộ thành phố', 'Báo cáo chính trị');
    const editor = editorOf(page);
    await editor.click();
    await page.keyboard.type(TEXT);
    await waitSaved(page);
    await page.reload();
    await expect.poll(() => editor.innerText(), { timeout: 15_000 }).toContain(TEXT);
    await expect.poll(() => page.getByTestId('word-count').innerText()).toMatch(/^1[0-9] từ$/);
    await page.screenshot({ path: 'tests/.artifacts/editor.png' });
    await page.context().close();
  });

  it('shows each browser context the other one’s typing', async () => {
    const first = await openApp();
    await createDocument(first, 'Hai người cùng soạn', 'Nghị quyết');
    await first.waitForURL(/#\/w\/.+\/d\/.+/);
    const second = await openApp();
    await second.goto(first.url());
    const a = editorOf(first);
    const b = editorOf(second);
    await expect.poll(() => second.getByTestId('connection').getAttribute('class')).toContain('conn-connected');
    await a.click();
    await first.keyboard.type('Người thứ nhất viết. ');
    await expect.poll(() => b.innerText(), { timeout: 15_000 }).toContain('Người thứ nhất viết.');
    await b.click();
    await second.keyboard.press('End');
    await second.keyboard.type('Người thứ hai trả lời.');
    await expect.poll(() => a.innerText(), { timeout: 15_000 }).toContain('Người thứ hai trả lời.');
    await first.context().close();
    await second.context().close();
  });

  it('says so when a document cannot be opened', async () => {
    const page = await openApp();
    await createWorkspace(page, 'Văn kiện đã xoá');
    await page.waitForURL(/#\/w\/.+/);
    await page.goto(`${page.url()}/d/00000000-0000-4000-8000-000000000000`);
    await expect.poll(() => page.getByTestId('connection').innerText(), { timeout: 15_000 }).toContain('Không mở được văn kiện');
    await page.context().close();
  });

  it('names a file in the workspace folder that cannot be opened, and leaves it alone', async () => {
    const bad = join(served.app.dataDir, 'hong.vkws');
    writeFileSync(bad, 'không phải cơ sở dữ liệu');
    const page = await openApp();
    const note = page.getByTestId('workspace-unreadable');
    await expect.poll(() => note.innerText()).toContain('hong.vkws');
    expect(await note.innerText()).toContain('không phải là không gian làm việc');
    // A shared server never shows a browser where its files are, in the note or in the message.
    expect(await page.getByTestId('data-dir').innerText()).toContain('thư mục dữ liệu của máy chủ');
    expect(await page.locator('body').innerText()).not.toContain(served.app.dataDir);
    expect(readFileSync(bad, 'utf8')).toBe('không phải cơ sở dữ liệu');
    await page.context().close();
  });

  it('says in Vietnamese that a workspace file is damaged, with SQLite’s own text only behind "Chi tiết"', async () => {
    makeDamagedWorkspace(join(served.app.dataDir, 'vo.vkws'));
    const page = await openApp();
    const note = page.getByTestId('workspace-unreadable').filter({ hasText: 'vo.vkws' });
    await expect.poll(() => note.innerText()).toContain('bị hỏng');
    const detail = note.getByTestId('error-detail');
    expect(await detail.locator('code').isVisible()).toBe(false);
    expect(await note.innerText()).not.toMatch(/btree|malformed|Tree \d+ page/i);
    await detail.getByText('Chi tiết').click();
    await expect.poll(() => detail.locator('code').innerText()).toMatch(/btree|malformed|Tree \d+ page/i);
    await page.context().close();
  });
});

describe('opening a document over a slow connection', () => {
  it('adds nothing to the document while its content is still arriving', async () => {
    const page = await openApp();
    await createDocument(page, 'Mạng chậm', 'Báo cáo');
    const editor = editorOf(page);
    await editor.click();
    await page.keyboard.type('Đoạn thứ nhất.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Đoạn thứ hai.');
    await waitSaved(page);
    const blocks = () => editor.evaluate((e) => [...e.children].map((c) => c.textContent));
    expect(await blocks()).toEqual(['Đoạn thứ nhất.', 'Đoạn thứ hai.']);

    // The server's messages reach the page a second late, as over a slow network.
    await page.routeWebSocket(/.*/, (socket) => {
      const server = socket.connectToServer();
      socket.onMessage((message) => server.send(message));
      server.onMessage((message) => void setTimeout(() => socket.send(message), 1000));
    });
    await page.reload();
    // Until the content arrives the page says it is loading, and keys pressed meanwhile go nowhere.
    await expect.poll(() => page.getByTestId('editor-loading').isVisible()).toBe(true);
    expect(await page.getByTestId('editor').isVisible()).toBe(false);
    await page.mouse.click(600, 400);
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await waitSaved(page);
    await expect.poll(blocks, { timeout: 15_000 }).toEqual(['Đoạn thứ nhất.', 'Đoạn thứ hai.']);
    expect(await page.getByTestId('editor-loading').count()).toBe(0);
    await page.unrouteAll();
    await page.reload();
    await expect.poll(blocks, { timeout: 15_000 }).toEqual(['Đoạn thứ nhất.', 'Đoạn thứ hai.']);
    await page.context().close();
  });
});

describe('a dropped connection', () => {
  it('says the connection is lost, keeps typing, and saves what was typed once it is back', async () => {
    const page = await openApp();
    // Every socket goes through this route, so the test can cut the line and restore it.
    let cut = false;
    const open = new Set<{ close(): Promise<void> }>();
    await page.routeWebSocket(/.*/, (socket) => {
      if (cut) return void socket.close({ code: 1011, reason: 'cut' });
      socket.connectToServer();
      open.add(socket);
      socket.onClose(() => open.delete(socket));
    });
    await createDocument(page, 'Mất mạng', 'Báo cáo');
    const editor = editorOf(page);
    await editor.click();
    await page.keyboard.type('Trước khi mất mạng.');
    await waitSaved(page);

    cut = true;
    await Promise.all([...open].map((socket) => socket.close()));
    await expect.poll(() => page.getByTestId('connection').innerText(), { timeout: 15_000 }).toBe('Ngoại tuyến — mất kết nối máy chủ, đang thử lại');
    await page.keyboard.type(' Trong lúc mất mạng.');
    await expect.poll(() => page.getByTestId('saved').innerText()).toMatch(/^Chưa gửi: \d+ thay đổi, đã giữ trên máy này/);
    expect(await page.getByTestId('saved').getAttribute('data-saved')).toBe('false');

    cut = false;
    await waitSaved(page, 30_000);
    expect(await page.getByTestId('connection').innerText()).toBe('Đã kết nối');
    await page.unrouteAll();
    await page.reload();
    await expect.poll(() => editor.innerText(), { timeout: 15_000 }).toBe('Trước khi mất mạng. Trong lúc mất mạng.');
    await page.context().close();
  });
});

describe('the trash', () => {
  it('moves a deleted document to the trash and restores it with its text', async () => {
    const page = await openApp();
    await createDocument(page, 'Văn phòng Thành uỷ', 'Nghị quyết');
    const editor = editorOf(page);
    await editor.click();
    await page.keyboard.type('Nghị quyết Đại hội đại biểu Đảng bộ thành phố.');
    await waitSaved(page);
    await page.goBack();

    const rows = page.getByTestId('document-list').locator('li');
    await expect.poll(() => rows.count()).toBe(1);
    await rows.getByRole('button', { name: 'Xoá' }).click();
    expect(await page.getByTestId('confirm-dialog').innerText()).toContain('thùng rác');
    await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Đồng ý' }).click();
    await expect.poll(() => rows.count()).toBe(0);
    const workspace = page.getByTestId('workspace-list').locator('li').filter({ hasText: 'Văn phòng Thành uỷ' });
    await expect.poll(() => workspace.innerText()).toContain('0 văn kiện');
    const trash = page.getByTestId('trash');
    await expect.poll(() => trash.locator('summary').innerText()).toBe('Thùng rác (1 văn kiện đã xoá)');
    await trash.locator('summary').click();
    await page.screenshot({ path: 'tests/.artifacts/trash.png' });
    await trash.getByTestId('trash-item').filter({ hasText: 'Nghị quyết' }).getByTestId('document-restore').click();
    await expect.poll(() => rows.count()).toBe(1);
    await expect.poll(() => trash.count()).toBe(0); // the list and the trash are two loads that land apart
    await expect.poll(() => workspace.innerText()).toContain('1 văn kiện');
    await rows.getByTestId('document-open').click();
    await expect.poll(() => editor.innerText(), { timeout: 15_000 }).toBe('Nghị quyết Đại hội đại biểu Đảng bộ thành phố.');
    await page.context().close();
  });
});
