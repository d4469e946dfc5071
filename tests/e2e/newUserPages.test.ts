import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { createDocument, editorOf, waitSaved } from '../helpers/editorPage.ts';
import { call } from '../helpers/rpc.ts';
import { startServedApp, type ServedApp } from '../helpers/servedApp.ts';

/**
 * Issue 9, "What a new user tripped over", in Chromium: the drafts panel's links readable in both
 * languages, who changed what between any two drafts, an imported draft made the working copy,
 * the header form's 36-HD names, and a comparison that says what it hides.
 */
const USER = 'Tổ biên tập';
const ARTIFACTS = fileURLToPath(new URL('../.artifacts/', import.meta.url));
let app: ServedApp;
let browser: Browser;
let page: Page;
let ref: { workspaceId: string; documentId: string };

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  app = await startServedApp();
  // The name drafts and attribution are signed with: the local person's, set once.
  await call(app.url, app.secret, 'identity.set', { displayName: USER });
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  await page.goto(app.openUrl);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const rpc = (method: string, input: Record<string, unknown>) => call(app.url, app.secret, method, input);
const freeze = () => rpc('draft.freeze', { ...ref, stage: 'subcommittee', note: '' });
const go = (hash: string) => page.evaluate((h) => (location.hash = h), hash);
const docHash = (r = ref) => `#/w/${encodeURIComponent(r.workspaceId)}/d/${encodeURIComponent(r.documentId)}`;

async function typeParagraph(text: string): Promise<void> {
  const editor = editorOf(page);
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(text);
  await waitSaved(page);
}

/** WCAG contrast of each element's text colour against the panel's background, in the page. */
function contrasts(selectors: string[]): Promise<Record<string, number>> {
  return page.evaluate((sels) => {
    const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const lum = (css: string) => {
      const [r, g, b] = rgb(css).map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const panel = getComputedStyle(document.querySelector('[data-testid=drafts-panel]')!).backgroundColor;
    const out: Record<string, number> = {};
    for (const sel of sels) {
      const el = document.querySelector(sel);
      if (!el) continue;
      const [a, b] = [lum(getComputedStyle(el).color), lum(panel)].sort((x, y) => y - x);
      out[sel] = (a + 0.05) / (b + 0.05);
    }
    return out;
  }, selectors);
}

const PARA_A = 'Đoạn thứ nhất do tổ biên tập soạn.';
const PARA_B = 'Đoạn thêm sau Dự thảo lần một.';
const PARA_C = 'Đoạn thêm sau Dự thảo lần hai.';
const IMPORTED = 'Bản góp ý của Văn phòng, soạn ngoài ứng dụng.';

describe('what a new user tripped over, in Chromium (issue 9)', () => {
  it('shows the drafts panel links and its ✕ in readable colours against the panel, in Vietnamese and English', async () => {
    await createDocument(page, 'Đại hội', 'Báo cáo chính trị');
    await typeParagraph(PARA_A);
    const [workspaceId, documentId] = new URL(page.url()).hash.match(/#\/w\/([^/]+)\/d\/([^/]+)/)!.slice(1).map(decodeURIComponent);
    ref = { workspaceId, documentId };
    await freeze();
    await page.getByTestId('open-drafts').click();
    await page.getByTestId('open-changes').waitFor();
    const selectors = ['[data-testid=open-changes]', '[data-testid=open-synopsis]', '[data-testid=drafts-panel] .drafts-head button'];
    for (const language of ['vi', 'en'] as const) {
      await page.getByTestId('language').selectOption(language);
      const ratios = await contrasts(selectors);
      expect(Object.keys(ratios)).toEqual(selectors);
      for (const sel of selectors) expect(ratios[sel], `${sel} in ${language}`).toBeGreaterThanOrEqual(4.5);
      await page.getByTestId('drafts-panel').screenshot({ path: join(ARTIFACTS, `drafts-panel-${language}.png`) });
    }
    expect(await page.getByTestId('open-changes').innerText()).toBe('Who changed what since draft 1');
    await page.getByTestId('language').selectOption('vi');
    expect(await page.getByTestId('open-changes').innerText()).toBe('Ai đã sửa gì từ Dự thảo lần 1');
  });

  it('shows who changed what between any two drafts, the latest draft to now by default', async () => {
    await page.getByTestId('drafts-panel').getByRole('button', { name: 'Đóng' }).click();
    await typeParagraph(PARA_B);
    await freeze();
    await typeParagraph(PARA_C);

    await go(`${docHash()}/changes`);
    const users = page.getByTestId('attribution-users');
    await expect.poll(() => users.innerText(), { timeout: 20_000 }).toContain(PARA_C);
    expect(await users.innerText()).not.toContain(PARA_B);
    expect(await page.getByTestId('changes-from').inputValue()).toBe('2');
    expect(await page.getByTestId('changes-to').inputValue()).toBe('working');

    // From draft 1 to draft 2: what was written between them, not what came after.
    await page.getByTestId('changes-from').selectOption('1');
    await page.getByTestId('changes-to').selectOption('2');
    await expect.poll(() => page.url()).toContain('/changes/1/2');
    await expect.poll(() => users.innerText(), { timeout: 20_000 }).toContain(PARA_B);
    expect(await users.innerText()).not.toContain(PARA_C);
    expect(await users.innerText()).toContain(USER);
    expect(await page.getByTestId('attribution-doc').innerText()).not.toContain(PARA_C);
    expect(await page.locator('.topbar h1').innerText()).toContain('Ai đã sửa gì từ Dự thảo lần 1 đến Dự thảo lần 2');
    // "To" lists only drafts after "from", and the working copy.
    expect(await page.getByTestId('changes-to').locator('option').allTextContents()).toEqual(['Dự thảo lần 2', 'Bản làm việc']);

    await page.getByTestId('changes-to').selectOption('working');
    await expect.poll(() => users.innerText(), { timeout: 20_000 }).toContain(PARA_C);
    expect(await users.innerText()).toContain(PARA_B);
    await page.screenshot({ path: join(ARTIFACTS, 'changes-between.png') });

    // A side that is not later is said, not drawn.
    await go(`${docHash()}/changes/2/1`);
    await expect.poll(() => page.getByTestId('changes-not-later').innerText()).toContain('Dự thảo lần 1 không sau Dự thảo lần 2');
  });

  it('offers, by default, to make the working copy a draft just imported, keeping what it replaces, undoably', async () => {
    const file = join(ARTIFACTS, 'gop-y-van-phong.txt');
    writeFileSync(file, `${PARA_A}\n\n${IMPORTED}\n`);
    await go(docHash());
    await editorOf(page).waitFor();
    await page.getByTestId('open-drafts').click();
    await page.getByTestId('import-draft').click();
    await page.getByTestId('draft-file').setInputFiles(file);
    await page.getByTestId('draft-submit').click();
    const ask = page.getByTestId('adopt-import-dialog');
    await ask.waitFor({ timeout: 20_000 });
    expect(await ask.innerText()).toContain('Đặt bản làm việc thành Dự thảo lần 3');
    expect(await ask.innerText()).toContain('trước khi khôi phục');
    // The default answer has the focus: Enter gives it.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('adopt-import');
    await page.screenshot({ path: join(ARTIFACTS, 'adopt-import.png') });
    await page.keyboard.press('Enter');

    const editor = editorOf(page);
    await expect.poll(() => editor.innerText(), { timeout: 15_000 }).toContain(IMPORTED);
    expect(await editor.innerText()).not.toContain(PARA_C);
    await expect.poll(() => page.getByTestId('checkpoint-item').count()).toBe(1);
    expect(await page.getByTestId('draft-item').count()).toBe(3);
    await expect.poll(() => page.getByTestId('restore-notice').innerText()).toContain('Dự thảo lần 3');

    // Undone with one click: the working copy as it was, edits after draft 2 included.
    await page.getByTestId('restore-undo').click();
    await expect.poll(() => editor.innerText(), { timeout: 15_000 }).toContain(PARA_C);
    expect(await editor.innerText()).not.toContain(IMPORTED);
    await waitSaved(page);
  });

  it('keeps the working copy when asked to, and says how to go on from the draft', async () => {
    const file = join(ARTIFACTS, 'gop-y-lan-4.txt');
    writeFileSync(file, `${PARA_A}\n\nBản lần bốn.\n`);
    if (!(await page.getByTestId('drafts-panel').isVisible())) await page.getByTestId('open-drafts').click();
    await page.getByTestId('import-draft').click();
    await page.getByTestId('draft-file').setInputFiles(file);
    await page.getByTestId('draft-submit').click();
    const ask = page.getByTestId('adopt-import-dialog');
    await ask.waitFor({ timeout: 20_000 });
    await ask.getByRole('button', { name: 'Giữ bản làm việc như cũ' }).click();
    await expect.poll(() => page.getByTestId('drafts-notice').innerText()).toContain('bấm “Khôi phục” ở Dự thảo lần 4');
    expect(await editorOf(page).innerText()).toContain(PARA_C);
    expect(await editorOf(page).innerText()).not.toContain('Bản lần bốn');
    await page.getByTestId('drafts-panel').getByRole('button', { name: 'Đóng' }).click();
  });

  it('names the header fields as Hướng dẫn 36-HD does, in both languages', async () => {
    await page.getByTestId('header-open').click();
    const dialog = page.getByTestId('header-dialog');
    const text = await dialog.innerText();
    expect(text).toContain('Tiêu đề (tên Đảng');
    expect(text).toContain('Tên cơ quan ban hành');
    expect(text).toContain('Số và ký hiệu văn bản');
    expect(text).toContain('Trích yếu nội dung văn bản');
    expect(text).not.toContain('Cơ quan cấp trên');
    // The field the old label called "superior body" is the Party heading, filled in.
    expect(await page.getByTestId('header-superiorBody').inputValue()).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
    await dialog.screenshot({ path: join(ARTIFACTS, 'header-dialog.png') });
    await page.keyboard.press('Escape');
    await page.getByTestId('language').selectOption('en');
    await page.getByTestId('header-open').click();
    const english = await dialog.innerText();
    expect(english).toContain('Heading (the Party’s name');
    expect(english).not.toContain('Superior body');
    await page.keyboard.press('Escape');
    await page.getByTestId('language').selectOption('vi');
  });

  it('says how many changes the comparison hides and why, labels each with its class, lists a moved section once, and takes n/F8 from a ticked filter', async () => {
    const older = [
      'I. KINH TẾ',
      'Kinh tế tăng trưởng khá, quy mô được mở rộng đáng kể.',
      'Thành phố giữ vững hoà bình và ổn định chính trị.',
      'Công tác cán bộ được chú trọng, đổi mới',
      'II. VĂN HOÁ',
      'Phát triển văn hoá, xã hội hài hoà với kinh tế.',
      'Bảo tồn di sản văn hoá của các dân tộc trên địa bàn.',
      'III. QUỐC PHÒNG',
      'Bảo đảm quốc phòng, an ninh trong mọi tình huống.',
      'Xây dựng lực lượng vũ trang vững mạnh toàn diện.',
    ];
    const newer = [
      'I. KINH TẾ',
      'Kinh tế tăng trưởng nhanh, quy mô được mở rộng đáng kể.',
      'Thành phố giữ vững hòa bình và ổn định chính trị.',
      'Công tác cán bộ được chú trọng, đổi mới.',
      'II. QUỐC PHÒNG',
      'Bảo đảm quốc phòng, an ninh trong mọi tình huống.',
      'Xây dựng lực lượng vũ trang vững mạnh toàn diện.',
      'III. VĂN HOÁ',
      'Phát triển văn hoá, xã hội hài hoà với kinh tế.',
      'Bảo tồn di sản văn hoá của các dân tộc trên địa bàn.',
    ];
    const b64 = (lines: string[]) => Buffer.from(lines.join('\n\n')).toString('base64');
    const { document } = await rpc('document.import', { workspaceId: ref.workspaceId, kind: 'political_report', title: 'Báo cáo so sánh', fileName: 'v1.txt', dataBase64: b64(older) });
    const cmp = { workspaceId: ref.workspaceId, documentId: document.id };
    await rpc('draft.freeze', { ...cmp, stage: 'subcommittee', note: '' });
    await rpc('draft.import', { ...cmp, stage: 'subcommittee', note: '', fileName: 'v2.txt', dataBase64: b64(newer) });
    await go(`${docHash(cmp)}/compare/1/2`);

    const hidden = page.getByTestId('hidden-changes');
    await hidden.waitFor({ timeout: 20_000 });
    expect(await hidden.getAttribute('data-count')).toBe('2');
    expect(await hidden.innerText()).toContain('Đang ẩn 2 thay đổi');
    expect(await hidden.innerText()).toContain('2 chỉ sửa chính tả, dấu câu');
    const items = page.getByTestId('change-item');
    const listed = await items.count();
    // Every change listed says its class.
    expect(await page.getByTestId('change-list').getByTestId('change-class').count()).toBe(listed);
    expect(await page.getByTestId('change-class').allTextContents()).toContain('Nội dung');
    // The moved section is listed once in the section filter.
    const sections = await page.getByTestId('filter-section').locator('option').allTextContents();
    expect(sections.filter((s) => s.includes('VĂN HOÁ'))).toHaveLength(1);
    expect(sections.filter((s) => s.includes('QUỐC PHÒNG'))).toHaveLength(1);
    await page.screenshot({ path: join(ARTIFACTS, 'compare-hidden.png') });

    await page.getByTestId('show-hidden').click();
    await expect.poll(() => items.count()).toBe(listed + 2);
    expect(await hidden.count()).toBe(0);
    const classes = await page.getByTestId('change-class').allTextContents();
    expect(classes).toContain('Chính tả');
    expect(classes).toContain('Dấu câu');

    // Ticking a filter leaves the focus on its checkbox; n and F8 still step through the changes.
    await page.getByTestId('filter-minor').check();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('filter-minor');
    const position = page.getByTestId('change-position');
    const total = await items.count();
    await page.keyboard.press('n');
    await expect.poll(() => position.innerText()).toBe(`1/${total} thay đổi`);
    await page.keyboard.press('F8');
    await expect.poll(() => position.innerText()).toBe(`2/${total} thay đổi`);
    await page.keyboard.press('p');
    await expect.poll(() => position.innerText()).toBe(`1/${total} thay đổi`);
  });
});
