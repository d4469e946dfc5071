import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Node } from 'prosemirror-model';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useServedApp } from '../helpers/browserServer.ts';
import { flattenDoc } from '../../shared/document/flatten.ts';
import { schema } from '../../shared/editor/schema.ts';
import { importFile, recogniseText } from '../../shared/import/index.ts';
import { moveSection } from '../../shared/outline/moveSection.ts';
import { NOTICE, importIntoNewWorkspace, waitSaved } from '../helpers/editorPage.ts';

const ARTIFACTS = fileURLToPath(new URL('../.artifacts/', import.meta.url));

let page: Page;

useServedApp(async ({ openPage }) => {
  page = await openPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
});

const outlineNumbers = () => page.getByTestId('outline-number').allInnerTexts();
const outlineRow = (title: string) => page.getByTestId('outline-item').filter({ hasText: title }).first();
const editorBlock = (title: string | RegExp) => page.locator('[data-testid=editor] .ProseMirror > *').filter({ hasText: title }).first();
/** Clicks into a block and waits until the editor has focus with the caret inside that block. */
async function caretInto(block: ReturnType<typeof editorBlock>): Promise<void> {
  await expect
    .poll(async () => {
      await block.click();
      return block.evaluate((el) => document.activeElement?.classList.contains('ProseMirror') === true && el.contains(document.getSelection()?.anchorNode ?? null));
    })
    .toBe(true);
}
const shape = (blocks: ReturnType<typeof flattenDoc>) => blocks.map((b) => `${b.type}${b.level ?? ''}|${b.text.trim()}`);

describe('structured editor in Chromium', () => {
  it('imports a corpus file through the UI and shows its sections, numbered, in the outline', async () => {
    await importIntoNewWorkspace(page, 'Đại hội Đảng bộ thành phố Hải Phòng', NOTICE);
    await expect.poll(() => page.getByTestId('outline-item').count(), { timeout: 20_000 }).toBe(28);
    const numbers = await outlineNumbers();
    expect(numbers.slice(0, 8)).toEqual(['I', '1', '2', 'II', '1', '1.1', '1.2', '2']);
    expect(numbers.filter((n) => /^[IVX]+$/.test(n))).toEqual(['I', 'II', 'III', 'IV']);
    expect(numbers).toContain('2.3');
    expect(numbers).toContain('b)');
    await expect.poll(() => editorBlock('VỀ ĐẠI BIỂU ĐẠI HỘI').getAttribute('data-number')).toBe('II. ');
    await waitSaved(page);
  });

  it('moves a section by dragging it in the outline, and renumbers it and what follows at once', async () => {
    await outlineRow('CHỦ ĐỀ, PHƯƠNG CHÂM').dragTo(outlineRow('VỀ ĐẠI BIỂU ĐẠI HỘI'));
    await expect.poll(() => outlineRow('CHỦ ĐỀ, PHƯƠNG CHÂM').getByTestId('outline-number').innerText()).toBe('II');
    await expect.poll(() => outlineRow('VỀ ĐẠI BIỂU ĐẠI HỘI').getByTestId('outline-number').innerText()).toBe('III');
    expect(await editorBlock('CHỦ ĐỀ, PHƯƠNG CHÂM').getAttribute('data-number')).toBe('II. ');
    expect(await editorBlock('VỀ ĐẠI BIỂU ĐẠI HỘI').getAttribute('data-number')).toBe('III. ');
    // The section's content moved with it: its headings 1–3 follow it, before section III.
    const sections = page.locator('[data-testid=editor] h2');
    const order = await sections.evaluateAll((els) => els.map((el) => `${el.getAttribute('data-number')}${el.textContent!.split(' ').slice(0, 2).join(' ')}`));
    expect(order).toEqual(['I. VỀ CÔNG', 'II. CHỦ ĐỀ,', 'III. VỀ ĐẠI', 'IV. KẾT QUẢ']);
    const nextAfterTheme = await editorBlock('CHỦ ĐỀ, PHƯƠNG CHÂM').evaluate((el) => [1, 2, 3].map((i) => {
      let n: Element | null = el;
      for (let k = 0; k < i; k++) n = n!.nextElementSibling;
      return n!.getAttribute('data-number');
    }));
    expect(nextAfterTheme).toEqual(['1. ', '2. ', '3. ']);
  });

  it('demotes a heading with Tab and promotes it back with Shift-Tab', async () => {
    const guests = editorBlock('Đại biểu khách mời');
    await caretInto(guests);
    await page.keyboard.press('End');
    await page.keyboard.press('Tab');
    await expect.poll(() => guests.getAttribute('data-number')).toBe('1.3. ');
    expect(await guests.getAttribute('data-level')).toBe('2');
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => guests.getAttribute('data-number')).toBe('2. ');
    expect(await guests.getAttribute('data-level')).toBe('1');
  });

  it('exports a .docx through the UI that imports back with the same block texts and types', async () => {
    await waitSaved(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-docx').click()]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const bytes = new Uint8Array(readFileSync((await download.path())!));
    const exported = flattenDoc(Node.fromJSON(schema, importFile(bytes, download.suggestedFilename()).doc));
    const original = flattenDoc(Node.fromJSON(schema, recogniseText(readFileSync(NOTICE, 'utf8')).doc));
    const from = original.findIndex((b) => b.text.startsWith('CHỦ ĐỀ, PHƯƠNG CHÂM'));
    const to = original.findIndex((b) => b.text.startsWith('VỀ ĐẠI BIỂU ĐẠI HỘI'));
    expect(shape(exported.filter((b) => b.type !== 'header'))).toEqual(shape([...moveSection(original, from, to)]));
  });

  it('restyles the numbering from the "Đánh số" dialog, and keeps both the scheme and the text across a reload', async () => {
    await page.getByTestId('numbering-open').click();
    await page.getByTestId('numbering-style-section').selectOption('decimal');
    await page.getByTestId('numbering-save').click();
    await expect.poll(() => editorBlock(/^KẾT QUẢ ĐẠI HỘI/).getAttribute('data-number')).toBe('4. ');
    await waitSaved(page);
    await page.reload();
    await expect.poll(() => editorBlock(/^KẾT QUẢ ĐẠI HỘI/).getAttribute('data-number'), { timeout: 15_000 }).toBe('4. ');
    // The scheme arrives with the content in the first sync; the text must survive that.
    await expect.poll(() => page.getByTestId('outline-item').count()).toBe(28);
    await page.getByTestId('numbering-open').click();
    await page.getByTestId('numbering-style-section').selectOption('upper-roman');
    await page.getByTestId('numbering-save').click();
    await expect.poll(() => editorBlock(/^KẾT QUẢ ĐẠI HỘI/).getAttribute('data-number')).toBe('IV. ');
  });

  it('retypes a block from the context menu and keeps the structure of pasted text', async () => {
    const block = editorBlock('Dưới đây là thông báo nhanh');
    await block.click({ button: 'right' });
    await page.getByTestId('menu-target').click();
    await expect.poll(() => block.getAttribute('data-type')).toBe('target');
    await caretInto(block);
    await page.keyboard.press('Control+Alt+0');
    await expect.poll(() => block.getAttribute('data-type')).toBe('paragraph');
    await caretInto(block);
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', 'V. NỘI DUNG DÁN\n1. Mục dán\n(1) Chỉ tiêu dán đạt 90%.');
      document.querySelector('[data-testid=editor] .ProseMirror')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect.poll(() => editorBlock('NỘI DUNG DÁN').getAttribute('data-type')).toBe('section');
    expect(await editorBlock('NỘI DUNG DÁN').getAttribute('data-number')).toBe('I. ');
    expect(await editorBlock('Mục dán').getAttribute('data-number')).toBe('1. ');
    expect(await editorBlock('Chỉ tiêu dán').getAttribute('data-number')).toBe('(1) ');
    expect(await editorBlock('VỀ CÔNG TÁC CHUẨN BỊ').getAttribute('data-number')).toBe('II. ');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('[data-testid=editor] .ProseMirror > *').filter({ hasText: 'NỘI DUNG DÁN' }).count()).toBe(0);
    // Ctrl+Z took back the paste, not the choice of type made just before it (an undo step of its
    // own, however fast the paste follows): the block stays a paragraph, not the target it was.
    expect(await block.getAttribute('data-type')).toBe('paragraph');
  });

  it('keeps bold, the structure and a table when pasting from Word', async () => {
    const block = editorBlock('Dưới đây là thông báo nhanh');
    await caretInto(block);
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.evaluate(() => {
      const html = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta name=Generator content="Microsoft Word 15"><style><!-- p.MsoNormal {margin:0cm;} --></style></head>
<body lang=VI><!--StartFragment-->
<p class=MsoNormal><b><span lang=VI style='font-size:14.0pt'>V. NỘI DUNG DÁN TỪ WORD<o:p></o:p></span></b></p>
<p class=MsoListParagraph style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]><span
lang=VI>Mục dán từ Word<o:p></o:p></span></p>
<p class=MsoNormal><span lang=VI>Đại hội đã </span><b><span lang=VI>thành công
tốt đẹp</span></b><span lang=VI> với tinh thần dân chủ.<o:p></o:p></span></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>
 <tr><td width=200 valign=top><p class=MsoNormal><b><span lang=VI>Chỉ tiêu dán<o:p></o:p></span></b></p></td>
  <td width=200 valign=top><p class=MsoNormal><b><span lang=VI>Kết quả<o:p></o:p></span></b></p></td></tr>
 <tr><td width=200 valign=top><p class=MsoNormal><span lang=VI>Số đại biểu dự<o:p></o:p></span></p></td>
  <td width=200 valign=top><p class=MsoNormal><span lang=VI>445<o:p></o:p></span></p></td></tr>
</table>
<!--EndFragment--></body></html>`;
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', 'V. NỘI DUNG DÁN TỪ WORD\n1.\tMục dán từ Word\nĐại hội đã thành công tốt đẹp với tinh thần dân chủ.\nChỉ tiêu dán\tKết quả\nSố đại biểu dự\t445');
      document.querySelector('[data-testid=editor] .ProseMirror')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    const pastedSection = editorBlock('NỘI DUNG DÁN TỪ WORD');
    await expect.poll(() => pastedSection.getAttribute('data-type'), { timeout: 15_000 }).toBe('section');
    expect(await pastedSection.getAttribute('data-number')).toBe('I. ');
    expect(await pastedSection.innerText()).toBe('NỘI DUNG DÁN TỪ WORD');
    expect(await pastedSection.locator('strong').innerText()).toBe('NỘI DUNG DÁN TỪ WORD');
    expect(await editorBlock('Mục dán từ Word').getAttribute('data-number')).toBe('1. ');
    expect(await editorBlock('VỀ CÔNG TÁC CHUẨN BỊ').getAttribute('data-number')).toBe('II. ');
    const sentence = editorBlock('với tinh thần dân chủ');
    expect(await sentence.getAttribute('data-type')).toBe('paragraph');
    expect(await sentence.locator('strong').allInnerTexts()).toEqual(['thành công tốt đẹp']);
    const pastedTable = page.locator('[data-testid=editor] .ProseMirror table').filter({ hasText: 'Chỉ tiêu dán' });
    expect(await pastedTable.locator('td').allInnerTexts()).toEqual(['Chỉ tiêu dán', 'Kết quả', 'Số đại biểu dự', '445']);
    expect(await pastedTable.locator('td strong').allInnerTexts()).toEqual(['Chỉ tiêu dán', 'Kết quả']);
    await pastedSection.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${ARTIFACTS}word-paste.png` });
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('[data-testid=editor] .ProseMirror > *').filter({ hasText: 'NỘI DUNG DÁN TỪ WORD' }).count()).toBe(0);
    expect(await page.locator('[data-testid=editor] .ProseMirror table').filter({ hasText: 'Chỉ tiêu dán' }).count()).toBe(0);
  });

  it('edits the 36-HD header in its form and lays it out above the text', async () => {
    await page.getByTestId('header-open').click();
    await page.getByTestId('header-issuingBody').fill('ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG');
    await page.getByTestId('header-number').fill('Số 01-TB/TU');
    await page.getByTestId('header-place').fill('Hải Phòng');
    await page.getByTestId('header-date').fill('ngày 27 tháng 9 năm 2025');
    await page.getByTestId('header-docType').fill('THÔNG BÁO');
    await page.getByTestId('header-title').fill('kết quả Đại hội Đảng bộ thành phố');
    await page.getByTestId('header-draftLabel').fill('DỰ THẢO LẦN 3');
    await page.getByTestId('header-save').click();
    const header = page.getByTestId('doc-header');
    await expect.poll(() => header.locator('.hdr-type').innerText()).toBe('THÔNG BÁO');
    expect(await header.locator('.hdr-date').innerText()).toBe('Hải Phòng, ngày 27 tháng 9 năm 2025');
    expect(await header.locator('.hdr-star').innerText()).toBe('*');
    await page.locator('.page-scroll').evaluate((el) => el.scrollTo(0, 0));
    await page.waitForTimeout(200);
    await page.screenshot({ path: `${ARTIFACTS}header.png` });
  });

  it('shows the editor with its outline, and the targets table with figures that edit the text', async () => {
    await outlineRow('Các chỉ tiêu chủ yếu').getByRole('button').first().click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${ARTIFACTS}structure.png` });

    await page.getByTestId('targets-toggle').click();
    const rows = page.getByTestId('target-row');
    await expect.poll(() => rows.count()).toBe(45);
    const grdp = rows.filter({ hasText: 'Tăng trưởng GRDP giai đoạn 2026' });
    const first = grdp.getByTestId('figure-input').first();
    expect(await first.inputValue()).toBe('13%/năm');
    await first.fill('13,5%/năm');
    await first.press('Enter');
    await expect.poll(() => editorBlock('Tăng trưởng GRDP giai đoạn 2026').innerText()).toContain('bình quân 13,5%/năm trở lên');
    await expect.poll(() => grdp.locator('td.num').first().innerText()).toBe('13,5');
    await grdp.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${ARTIFACTS}targets.png` });
  });

  it('prints only the page, numbers included, as the browser\'s print to PDF does', async () => {
    await page.getByTestId('targets-toggle').click(); // close the targets panel
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.locator('.toolbar').isVisible()).toBe(false);
      expect(await page.locator('.topbar').isVisible()).toBe(false);
      expect(await page.getByTestId('statusbar').isVisible()).toBe(false);
      await expect.poll(() => editorBlock(/^KẾT QUẢ ĐẠI HỘI/).isVisible()).toBe(true);
      const numberShown = await editorBlock(/^KẾT QUẢ ĐẠI HỘI/).evaluate((el) => getComputedStyle(el, '::before').content);
      expect(numberShown).toContain('IV.');
      const pdf = await page.pdf({ format: 'A4' });
      expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
      expect(pdf.byteLength).toBeGreaterThan(20_000);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });
});
