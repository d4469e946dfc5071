import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Node } from 'prosemirror-model';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NumberedBlock } from '../../shared/document/flatBlock.ts';
import { flattenDoc } from '../../shared/document/flatten.ts';
import { schema } from '../../shared/editor/schema.ts';
import { exportText } from '../../shared/export/exportText.ts';
import { numberBlocks } from '../../shared/numbering/numberBlocks.ts';
import { launchChromium } from '../helpers/browser.ts';
import { documentBody, reviewedDraft, reviewedParagraphs, unzipDocx } from '../unit/export/docxKit.ts';
import { descendants } from '../unit/export/miniXml.ts';
import { NOTICE, editorOf, editorText, importIntoNewWorkspace, selectInEditor, waitSaved } from '../helpers/editorPage.ts';
import { call } from '../helpers/rpc.ts';
import { startServedApp, type ServedApp } from '../helpers/servedApp.ts';

const ARTIFACTS = fileURLToPath(new URL('../.artifacts/', import.meta.url));
const USER = 'Nguyễn Văn An';
const NEW_PARAGRAPH = 'Đại hội đã thông qua Nghị quyết với sự đồng thuận rất cao của các đại biểu.';

let app: ServedApp;
let browser: Browser;
let page: Page;
let title = '';

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  app = await startServedApp();
  // The name drafts, attribution and tracked changes are signed with: the local person's, set once.
  await call(app.url, app.secret, 'identity.set', { displayName: USER });
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  page = await context.newPage();
  await page.goto(app.openUrl);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const editor = () => editorOf(page);
const rows = () => page.getByTestId('cmp-row');
const currentRow = () => page.locator('[data-testid=cmp-row].current');

async function freezeDraft(number: number, stage: string, note: string): Promise<void> {
  await page.getByTestId('open-drafts').click();
  await page.getByTestId('freeze-draft').click();
  await page.getByTestId('draft-stage').selectOption(stage);
  expect(await page.getByTestId('draft-author').innerText()).toContain(USER);
  await page.getByTestId('draft-note').fill(note);
  await page.getByTestId('draft-submit').click();
  await expect.poll(() => page.getByTestId('drafts-notice').innerText()).toBe(`Đã chốt Dự thảo lần ${number}.`);
  await expect.poll(() => page.getByTestId('draft-item').count()).toBe(number);
}

/** The texts of the marked runs in a row; runs are whole words, so trailing punctuation is dropped. */
/** The two rows of the moved section: its old place (nothing on the right) and its new place. */
function movedSection() {
  const moved = rows().filter({ hasText: 'CHỦ ĐỀ, PHƯƠNG CHÂM' });
  return { origin: moved.filter({ has: page.locator('.cmp-cell.right.empty') }), destination: moved.filter({ has: page.locator('.cmp-cell.right:not(.empty)') }) };
}

const textsIn = async (row: Locator, selector: string) => (await row.locator(selector).allTextContents()).map(words);
/** textContent, not innerText: rows far off screen are not laid out (content-visibility: auto). */
const words = (text: string | null) => (text ?? '').replace(/[,.;:]$/, '');

describe('drafts and comparison in Chromium', () => {
  it('freezes draft 1 of an imported report, edits it, and freezes draft 2 from the drafts panel', async () => {
    await importIntoNewWorkspace(page, 'Đại hội Đảng bộ thành phố Hải Phòng', NOTICE);
    // Far below the first screen: in the document's text, not in innerText (see editorText).
    await expect.poll(() => editorText(page), { timeout: 20_000 }).toContain('Cộng hoà xã hội');
    await waitSaved(page);
    title = await page.getByTestId('doc-title').innerText();
    await freezeDraft(1, 'subcommittee', 'Vòng 1: Tiểu ban Văn kiện');
    const item = page.getByTestId('draft-item').first();
    expect(await item.innerText()).toContain('Tiểu ban Văn kiện');
    expect(await item.innerText()).toContain(USER);
    await page.keyboard.press('Escape');

    await selectInEditor(page, 'nghiêm túc');
    await page.keyboard.type('nghiêm chỉnh');
    await selectInEditor(page, 'Cộng hoà');
    await page.keyboard.type('Cộng hòa');
    // Caret at the end of a one-line paragraph (End only goes to the end of a visual line).
    await selectInEditor(page, 'thông báo nhanh về kết quả Đại hội:');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.keyboard.type(NEW_PARAGRAPH);
    // Each edit landed where it was meant to: the comparison's counts below rest on it.
    const lines = (await editorText(page)).split('\n');
    expect(lines).toContain(NEW_PARAGRAPH);
    expect(lines.some((line) => line.includes('nghiêm chỉnh'))).toBe(true);
    // Section III moves above section II (with its body): renumbered, not changed.
    const outlineRow = (text: string) => page.getByTestId('outline-item').filter({ hasText: text }).first();
    await outlineRow('CHỦ ĐỀ, PHƯƠNG CHÂM').dragTo(outlineRow('VỀ ĐẠI BIỂU ĐẠI HỘI'));
    await expect.poll(() => outlineRow('CHỦ ĐỀ, PHƯƠNG CHÂM').getByTestId('outline-number').innerText()).toBe('II');
    await waitSaved(page);
    await freezeDraft(2, 'standing_board', 'Vòng 2: gửi Thường trực');
    expect(await page.getByTestId('draft-item').first().innerText()).toContain('Thường trực');
  });

  it('shows draft 1 beside draft 2 with each change row classified, the tone-mark swap hidden by default', async () => {
    await page.locator('[data-testid=draft-item][data-number="2"]').getByTestId('draft-compare-previous').click();
    await page.waitForURL(/\/compare\/1\/2$/);
    await expect.poll(() => rows().count(), { timeout: 20_000 }).toBeGreaterThan(50);
    const stats = page.getByTestId('compare-stats');
    expect(await stats.locator('[data-stat=modified] b').innerText()).toBe('2');
    expect(await stats.locator('[data-stat=inserted] b').innerText()).toBe('1');
    expect(await stats.locator('[data-stat=deleted] b').innerText()).toBe('0');
    expect(Number(await stats.locator('[data-stat=moved] b').innerText())).toBeGreaterThan(0);

    const word = rows().filter({ hasText: 'nghiêm chỉnh' });
    expect(await word.getAttribute('data-op')).toBe('modified');
    expect(await word.getAttribute('data-class')).toBe('substantive');
    expect(await word.getAttribute('data-shown')).toBe('true');
    expect(await textsIn(word, '.left del')).toEqual(['túc']);
    expect(await textsIn(word, '.right ins')).toEqual(['chỉnh']);
    // Both drafts' numbers are shown in their columns.
    expect(await word.locator('.left .cmp-num').textContent()).toBe('1.');
    expect(await word.locator('.right .cmp-num').textContent()).toBe('1.');

    const tone = rows().filter({ hasText: 'Cộng hòa xã hội' });
    expect(await tone.getAttribute('data-class')).toBe('orthography');
    expect(await tone.getAttribute('data-shown')).toBe('false');
    expect(await tone.locator('ins, del').count()).toBe(0);

    const added = rows().filter({ hasText: NEW_PARAGRAPH });
    expect(await added.getAttribute('data-op')).toBe('inserted');
    expect(await added.locator('.left').getAttribute('class')).toContain('empty');
    const { origin, destination } = movedSection();
    expect(await rows().filter({ hasText: 'CHỦ ĐỀ, PHƯƠNG CHÂM' }).count()).toBe(2);
    expect(await origin.locator('.left .cmp-num').textContent()).toBe('III.');
    expect(await destination.locator('.left .cmp-num').textContent()).toBe('III.');
    expect(await destination.locator('.right .cmp-num').textContent()).toBe('II.');
    expect(await destination.getAttribute('data-op')).toBe('moved');
    expect(await page.getByTestId('change-item').filter({ hasText: 'CHỦ ĐỀ, PHƯƠNG CHÂM' }).count()).toBe(1);
  });

  it('moves through the changes with n/p, F8/Shift+F8 and the buttons', async () => {
    const op = async () => currentRow().getAttribute('data-op');
    await page.keyboard.press('n');
    await expect.poll(op).toBe('inserted');
    await page.keyboard.press('n');
    await expect.poll(op).toBe('modified');
    expect(await page.getByTestId('change-position').innerText()).toMatch(/^2\/\d+ thay đổi$/);
    await page.keyboard.press('p');
    await expect.poll(op).toBe('inserted');
    await page.keyboard.press('F8');
    await expect.poll(op).toBe('modified');
    await page.keyboard.press('Shift+F8');
    await expect.poll(op).toBe('inserted');
    await page.getByTestId('next-change').click();
    await expect.poll(op).toBe('modified');
    expect(await currentRow().innerText()).toContain('nghiêm chỉnh');
  });

  it('follows a move link to the other place of a moved section, both places highlighted', async () => {
    const { origin, destination } = movedSection();
    await destination.getByTestId('move-link').click();
    await expect.poll(() => origin.getAttribute('class')).toContain('current');
    expect(await destination.getAttribute('class')).toContain('linked');
    await origin.getByTestId('move-link').click();
    await expect.poll(() => destination.getAttribute('class')).toContain('current');
    expect(await origin.getAttribute('class')).toContain('linked');
  });

  it('shows the tone-mark swap, subdued, only when orthography changes are not hidden', async () => {
    const tone = rows().filter({ hasText: 'Cộng hòa xã hội' });
    const changes = await page.getByTestId('change-item').count();
    await page.getByTestId('filter-minor').uncheck();
    await expect.poll(() => tone.getAttribute('data-shown')).toBe('true');
    expect(await textsIn(tone, '.left del.cls-orthography')).toEqual(['hoà']);
    expect(await textsIn(tone, '.right ins.cls-orthography')).toEqual(['hòa']);
    expect(await page.getByTestId('change-item').count()).toBe(changes + 1);
    await page.getByTestId('filter-only-changes').check();
    // A moved block keeps both its rows, so its link has somewhere to go.
    const moves = await page.locator('[data-testid=change-item][data-op=moved]').count();
    await expect.poll(() => rows().count()).toBe(changes + 1 + moves);
    await page.getByTestId('filter-only-changes').uncheck();
    await page.getByTestId('change-item').filter({ hasText: 'Công tác chuẩn bị' }).click();
    await page.screenshot({ path: `${ARTIFACTS}compare.png` });
    await page.getByTestId('filter-minor').check();
    await expect.poll(() => tone.getAttribute('data-shown')).toBe('false');
    expect(await page.getByTestId('change-item').count()).toBe(changes);
  });

  it('shows the redline: the newer draft with deletions struck and insertions underlined', async () => {
    await page.getByTestId('mode-redline').click();
    const row = page.getByTestId('redline-row').filter({ hasText: 'Được triển khai nghiêm' });
    expect(await textsIn(row, 'del')).toEqual(['túc']);
    expect(await textsIn(row, 'ins')).toEqual(['chỉnh']);
    expect(await page.getByTestId('redline-row').filter({ hasText: NEW_PARAGRAPH }).locator('ins').textContent()).toBe(NEW_PARAGRAPH);
    await page.screenshot({ path: `${ARTIFACTS}compare-redline.png` });
    await page.getByTestId('mode-side').click();
  });

  it('exports a .docx whose tracked changes give draft 2 when accepted and draft 1 when rejected, the move a real move', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-docx').click()]);
    expect(download.suggestedFilename()).toBe(`So sánh dự thảo 1-2 - ${title}.docx`);
    const parts = unzipDocx(new Uint8Array(readFileSync(await download.path())));
    const body = documentBody(parts);
    const [workspaceId, documentId] = new URL(page.url()).hash.match(/#\/w\/([^/]+)\/d\/([^/]+)/)!.slice(1).map(decodeURIComponent);
    const own = async (number: number) => {
      const file = await call(app.url, app.secret, 'draft.export', { workspaceId, documentId, number, format: 'docx' });
      return reviewedParagraphs(documentBody(unzipDocx(new Uint8Array(Buffer.from(file.dataBase64, 'base64')))), 'asIs');
    };
    expect(reviewedDraft(body, 'accept')).toEqual(await own(2));
    expect(reviewedDraft(body, 'reject')).toEqual(await own(1));
    const texts = (name: string, text: string) => descendants(body, name).flatMap((e) => descendants(e, text)).map((t) => words(t.children.join('')));
    expect(texts('w:ins', 'w:t')).toEqual(expect.arrayContaining(['chỉnh', 'hòa']));
    expect(texts('w:del', 'w:delText')).toEqual(expect.arrayContaining(['túc', 'hoà']));
    // The section moved above section II is one move, its old place and its new one named alike.
    expect(texts('w:moveFrom', 'w:t').join(' ')).toContain('CHỦ ĐỀ, PHƯƠNG CHÂM');
    expect(texts('w:moveTo', 'w:t').join(' ')).toContain('CHỦ ĐỀ, PHƯƠNG CHÂM');
    const names = (tag: string) => descendants(body, tag).map((e) => e.attrs['w:name']);
    expect(names('w:moveToRangeStart').sort()).toEqual(names('w:moveFromRangeStart').sort());
    expect(parts['word/document.xml']).toContain(`w:author="${USER}"`);
  });

  it('follows a block through the drafts in the synopsis, naming who changed it and when', async () => {
    const word = rows().filter({ hasText: 'nghiêm chỉnh' });
    await word.hover();
    await word.locator('.cmp-row-action').click();
    await page.waitForURL(/\/synopsis\//);
    const columns = page.getByTestId('synopsis-column');
    // Drafts 1 and 2, then the working copy, which has not changed since draft 2.
    await expect.poll(() => columns.count(), { timeout: 15_000 }).toBe(3);
    expect(await columns.nth(0).innerText()).toContain('nghiêm túc');
    expect(await columns.nth(1).getAttribute('data-class')).toBe('substantive');
    expect(await columns.nth(1).innerText()).toContain(`${USER} sửa`);
    expect(await textsIn(columns.nth(1), 'ins')).toEqual(['chỉnh']);
    expect(await columns.nth(2).getAttribute('data-side')).toBe('working');
    expect(await columns.nth(2).innerText()).toContain('Không đổi từ Dự thảo lần 2');
    expect(await columns.nth(2).innerText()).toContain('nghiêm chỉnh');
    // Every column shows the block's number, changed or not.
    for (const k of [0, 1, 2]) expect(await columns.nth(k).locator('.block-number').first().textContent()).toBe('1. ');
  });

  it('tells who changed what in the working copy since the last draft', async () => {
    await page.goBack();
    await page.goBack();
    await page.waitForURL(/\/d\/[^/]+$/);
    await selectInEditor(page, 'Đại biểu chính thức');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type(' tham dự');
    await selectInEditor(page, 'phóng viên ');
    await page.keyboard.press('Backspace');
    await waitSaved(page);
    await page.getByTestId('open-drafts').click();
    await page.getByTestId('open-changes').click();
    const users = page.getByTestId('attribution-users');
    await expect.poll(() => users.innerText(), { timeout: 20_000 }).toContain(USER);
    const doc = page.getByTestId('attribution-doc');
    expect(await doc.locator('.ychange-added').allTextContents()).toEqual([' tham dự']);
    expect(await doc.locator('.ychange-removed').allTextContents()).toEqual(['phóng viên ']);
    expect(await doc.locator('.ychange-added').first().getAttribute('data-user')).toBe(USER);
    expect(await users.innerText()).toContain('thêm 8 ký tự, xoá 11 ký tự');
    await page.screenshot({ path: `${ARTIFACTS}compare-attribution.png` });
  });

  it('opens draft 1 read-only with its numbers, and restores it as a new edit of the working copy', async () => {
    await page.getByTestId('compare-back').click();
    await page.getByTestId('open-drafts').click();
    await page.locator('[data-testid=draft-item][data-number="1"]').getByTestId('draft-open').click();
    const doc = page.getByTestId('read-only-doc');
    await expect.poll(() => doc.innerText(), { timeout: 15_000 }).toContain('Được triển khai nghiêm túc');
    expect(await doc.locator('.ProseMirror').getAttribute('contenteditable')).toBe('false');
    expect(await doc.locator('[data-number]').first().getAttribute('data-number')).toBe('I. ');
    await page.screenshot({ path: `${ARTIFACTS}draft-view.png` });
    // Draft 1 exports as it was frozen, not as the working copy now reads.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-docx').click()]);
    expect(download.suggestedFilename()).toBe(`${title} - Dự thảo lần 1.docx`);
    const exported = strFromU8(unzipSync(new Uint8Array(readFileSync(await download.path())))['word/document.xml']);
    expect(exported).toContain('nghiêm túc');
    expect(exported).not.toContain('nghiêm chỉnh');
    await page.getByTestId('compare-back').click();
    await page.getByTestId('open-drafts').click();
    await page.locator('[data-testid=draft-item][data-number="1"]').getByTestId('draft-restore').click();
    expect(await page.getByTestId('confirm-dialog').innerText()).toContain('lịch sử không bị ghi đè');
    await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Đồng ý' }).click();
    await expect.poll(() => page.getByTestId('drafts-notice').innerText()).toMatch(/^Đã khôi phục Dự thảo lần 1 vào bản làm việc\. Bản làm việc trước đó được giữ lại: /);
    await expect.poll(() => editor().innerText(), { timeout: 15_000 }).toContain('Được triển khai nghiêm túc');
    expect(await page.getByTestId('draft-item').count()).toBe(2);
  });

  it('imports a file edited outside the app as draft 3, its blocks following draft 2', async () => {
    // Draft 2 as a .txt file, as someone would have saved it, with one sentence edited in another program.
    const [workspaceId, documentId] = new URL(page.url()).hash.match(/#\/w\/([^/]+)\/d\/([^/]+)/)!.slice(1).map(decodeURIComponent);
    const draft2 = await call(app.url, app.secret, 'draft.get', { workspaceId, documentId, side: 2 });
    const doc = Node.fromJSON(schema, draft2.doc);
    const text = exportText(doc, numberBlocks(flattenDoc(doc)));
    expect(text).toContain('nghiêm chỉnh');
    const file = `${ARTIFACTS}Dự thảo lần 3.txt`;
    writeFileSync(file, text.replace('nghiêm chỉnh', 'nghiêm chỉnh, sáng tạo'));

    // The drafts panel is still open from the restore.
    expect(await page.getByTestId('drafts-panel').isVisible()).toBe(true);
    await page.getByTestId('import-draft').click();
    await page.getByTestId('draft-file').setInputFiles(file);
    await page.getByTestId('draft-stage').selectOption('standing_committee');
    await page.getByTestId('draft-note').fill('Bản Ban Thường vụ gửi lại');
    await page.getByTestId('draft-submit').click();
    // Asked whether the working copy becomes draft 3: kept as it is here (it holds draft 1, restored above).
    await page.getByTestId('adopt-import-dialog').getByRole('button', { name: 'Giữ bản làm việc như cũ' }).click();
    await expect.poll(() => page.getByTestId('drafts-notice').innerText(), { timeout: 15_000 }).toContain('Đã nhập tệp thành Dự thảo lần 3. Bản làm việc giữ nguyên');
    await expect.poll(() => page.getByTestId('draft-item').count()).toBe(3);

    // Compared with draft 2, the only change is the edited sentence: the rest lines up block for block.
    await page.locator('[data-testid=draft-item][data-number="3"]').getByTestId('draft-compare-previous').click();
    await page.waitForURL(/\/compare\/2\/3$/);
    const stats = page.getByTestId('compare-stats');
    await expect.poll(() => stats.locator('[data-stat=modified] b').innerText(), { timeout: 20_000 }).toBe('1');
    for (const stat of ['inserted', 'deleted', 'moved']) expect(await stats.locator(`[data-stat=${stat}] b`).innerText()).toBe('0');
    const edited = rows().filter({ hasText: 'nghiêm chỉnh, sáng tạo' });
    expect(await edited.count()).toBe(1);
    expect((await edited.locator('.right ins').allTextContents()).join('')).toMatch(/^,? ?sáng tạo,? ?$/);
    expect(await edited.locator('.left del').count()).toBe(0);

    // Every imported block carries the id of its block in draft 2, so the synopsis follows it.
    const ids = async (side: number) => ((await call(app.url, app.secret, 'draft.get', { workspaceId, documentId, side })).blocks as NumberedBlock[]).map((b) => b.id);
    expect(await ids(3)).toEqual(await ids(2));
    await edited.hover();
    await edited.locator('.cmp-row-action').click();
    await page.waitForURL(/\/synopsis\//);
    const columns = page.getByTestId('synopsis-column');
    await expect.poll(() => columns.count(), { timeout: 15_000 }).toBe(4);
    expect(await columns.nth(0).innerText()).toContain('nghiêm túc');
    expect(await columns.nth(2).innerText()).toContain('nghiêm chỉnh, sáng tạo');
    // The working copy holds draft 1 again (restored above).
    expect(await columns.nth(3).innerText()).toContain('Đã sửa từ Dự thảo lần 3');
    expect(await textsIn(columns.nth(3), 'ins')).toEqual(['túc']);
    await page.screenshot({ path: `${ARTIFACTS}synopsis.png` });
  });
});
