/**
 * The whole feedback workflow in Chromium, as a compiler (and, on this local server, the drafter
 * who accepts) does it: import an .xlsx and a .docx report of comments, settle an unknown source,
 * anchor a comment from the "chưa gắn" queue, tag, cluster, answer, turn a proposed wording into
 * a suggestion, accept it in the editor's suggestions panel, and see the comment linked to the
 * change; then link another comment by hand from the comparison.
 *
 * Each step leaves the workspace as the next one needs it; the last writes the synthesis report
 * and reads it back (counts, and the accepted comment's change).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildDocx, p } from '../fixtures/buildDocx.ts';
import { FORM_LETTER, REPORT, SOURCES } from '../fixtures/feedback/anchorFixture.ts';
import { commentWorkbook } from '../fixtures/feedback/commentFiles.ts';
import { call } from '../helpers/rpc.ts';
import { useServedApp } from '../helpers/browserServer.ts';
import { artifactPath } from '../helpers/artifacts.ts';
import { docxLines } from '../helpers/docxLines.ts';

const ARTIFACTS = fileURLToPath(new URL('../.artifacts/', import.meta.url));
const POLL = { timeout: 20_000 };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const POVERTY = 'Đề nghị sửa “Tỷ lệ hộ nghèo giảm còn dưới 1%” thành “Cơ bản không còn hộ nghèo”.';
const UNKNOWN = 'Đảng bộ phường Lạ';

/** What the workflow has made so far: the workspace, its document, and its comments as the server lists them at the end. */
interface WorkflowState {
  workspaceId: string;
  documentId: string;
  items: { id: string; text: string; status: string; sourceName: string }[];
}

let page: Page;
let workspaceId: string;
let documentId: string;
let workflow: WorkflowState;
const rpcCall = (method: string, input: unknown) => call(served.app.url, served.app.secret, method, input);
const b64 = (text: string) => Buffer.from(text).toString('base64');

/** The row of the comment list whose text starts with `start`, and its detail once opened. */
const row = (start: string) => page.locator('[data-testid=feedback-item]', { hasText: start }).first();
async function openDetail(start: string) {
  const item = row(start);
  if ((await item.getByTestId('feedback-answer').getAttribute('aria-expanded')) !== 'true') await item.getByTestId('feedback-answer').click();
  return page.locator('tr', { has: page.getByTestId('feedback-change') }).first();
}

const served = useServedApp(async ({ openPage }) => {
  mkdirSync(ARTIFACTS, { recursive: true });
  ({ workspace: { id: workspaceId } } = await rpcCall('workspace.create', { name: 'Tổng hợp góp ý Đại hội' }));
  const { document } = await rpcCall('document.import', { workspaceId, kind: 'political_report', title: 'Báo cáo chính trị', fileName: 'bc.txt', dataBase64: b64(REPORT) });
  documentId = document.id;
  await rpcCall('draft.freeze', { workspaceId, documentId, stage: 'subcommittee', note: '' });
  for (const source of SOURCES) await rpcCall('feedback.createSource', { workspaceId, source });
  page = await openPage({ viewport: { width: 1440, height: 1000 } });
  await page.goto(`${served.app.url}/#/w/${encodeURIComponent(workspaceId)}/feedback`);
});

describe('the whole feedback workflow in Chromium', () => {
  it('imports an .xlsx and a .docx report, and a person settles the unknown source', async () => {
    const xlsx = await commentWorkbook([
      { source: 'X. An Lão', location: '', text: FORM_LETTER },
      { source: 'Đảng bộ phường Lê Chân', location: '', text: FORM_LETTER },
      { source: UNKNOWN, location: '', text: 'Cần chú ý bồi dưỡng lớp kế cận.' },
      { source: 'P. Thuỷ Nguyên', location: '', text: 'Mục I, chỉ tiêu (2): đề nghị nâng mức tăng thu ngân sách lên 16%/năm.' },
    ]);
    const docx = buildDocx({ body: [
      p('ĐẢNG BỘ PHƯỜNG THUỶ NGUYÊN'), p('BÁO CÁO'), p('Tổng hợp ý kiến góp ý vào dự thảo các văn kiện'),
      p('I. Ý KIẾN ĐỐI VỚI DỰ THẢO BÁO CÁO CHÍNH TRỊ'), p(`1. ${POVERTY}`),
    ] });
    await page.getByTestId('feedback-files').setInputFiles([
      { name: 'phieu-dien-tu.xlsx', mimeType: XLSX, buffer: Buffer.from(xlsx) },
      { name: 'bao-cao-phuong.docx', mimeType: DOCX, buffer: Buffer.from(docx) },
    ]);
    await expect.poll(() => page.getByTestId('feedback-preview').count(), POLL).toBe(2);
    await page.getByTestId('feedback-document').fill('Báo cáo chính trị');
    await page.getByTestId('feedback-draft').fill('1');
    await page.getByTestId('feedback-start').click();
    await expect.poll(() => page.getByTestId('feedback-item').count(), POLL).toBe(5);

    const unknown = row('Cần chú ý');
    expect(await unknown.innerText()).toContain('Chưa có trong danh sách đơn vị');
    await unknown.getByTestId('feedback-set-source').selectOption({ label: 'Đảng bộ phường Lê Chân' });
    await expect.poll(() => row('Cần chú ý').innerText(), POLL).not.toContain('Chưa có trong danh sách đơn vị');
  }, 120_000);

  it('anchors automatically, then a person anchors a comment from the "chưa gắn" queue by clicking a block', async () => {
    await page.getByTestId('feedback-anchor-run').click();
    await expect.poll(() => page.getByTestId('feedback-anchor-summary').innerText(), POLL).toContain('Đã gắn 4 ý kiến, 1 ý kiến chưa gắn');
    const heading = () => page.getByTestId('feedback-queue-heading').innerText();
    await expect.poll(heading, POLL).toBe('Chưa gắn (1)');
    const current = page.locator('[data-testid="feedback-queue-item"][aria-current="true"]');
    expect(await current.innerText()).toContain('Cần chú ý bồi dưỡng lớp kế cận');
    await page.locator('[data-testid="feedback-queue-block"]', { hasText: 'Đời sống vật chất' }).click();
    await expect.poll(heading, POLL).toBe('Chưa gắn (0)');
    const items = (await rpcCall('feedback.list', { workspaceId })).items as { text: string; anchor: unknown }[];
    expect(items.every((i) => i.anchor !== null)).toBe(true);
  }, 120_000);

  it('tags a comment, clusters the copies of a letter, and answers a comment', async () => {
    await page.getByTestId('feedback-codebook').locator('summary').click();
    await page.getByTestId('feedback-code-name').fill('Giảm nghèo');
    await page.getByTestId('feedback-code-name').press('Enter');
    await expect.poll(() => page.getByTestId('feedback-code').filter({ hasText: 'Giảm nghèo' }).count(), POLL).toBe(1);
    const detail = await openDetail('Đề nghị sửa “Tỷ lệ');
    await detail.getByTestId('feedback-tag-input').fill('giảm nghèo');
    await detail.getByTestId('feedback-tag-input').press('Enter');
    await expect.poll(() => detail.getByTestId('feedback-tag').allInnerTexts(), POLL).toEqual([expect.stringContaining('Giảm nghèo')]);

    await page.getByTestId('feedback-cluster-run').click();
    await expect.poll(() => page.getByTestId('feedback-cluster-count').allInnerTexts(), POLL).toEqual(['2 ý kiến của 2 đơn vị']);

    await detail.getByTestId('feedback-triage-status').selectOption('accepted');
    await detail.getByTestId('feedback-triage-response').fill('Tiếp thu, đã sửa trong dự thảo lần sau.');
    await detail.getByTestId('feedback-triage-save').click();
    await expect.poll(() => detail.getByTestId('feedback-triage-decided').count(), POLL).toBe(1);
  }, 120_000);

  it('turns the proposed wording into a suggestion in the organisation\'s name, accepted in the editor, and shows the comment linked', async () => {
    // A comment proposing no wording has no such button (one comment's detail is open at a time).
    const plain = await openDetail('Cần chú ý');
    await expect.poll(() => plain.getByTestId('feedback-link-open').count(), POLL).toBe(1);
    expect(await plain.getByTestId('feedback-to-suggestion').count()).toBe(0);
    const detail = await openDetail('Đề nghị sửa “Tỷ lệ');
    await detail.getByTestId('feedback-to-suggestion').click();
    await expect.poll(() => detail.getByTestId('feedback-suggestion-made').innerText(), POLL).toContain('Đã tạo đề xuất');

    await detail.getByTestId('feedback-suggestion-open').click();
    await page.waitForURL(/#\/w\/[^/]+\/d\//u);
    const card = page.locator('[data-testid=suggestion][data-status=open]');
    await expect.poll(() => card.count(), POLL).toBe(1);
    expect(await card.innerText()).toContain('Đảng bộ phường Thủy Nguyên');
    expect(await card.getByTestId('suggestion-deleted').innerText()).toBe('Tỷ lệ hộ nghèo giảm còn dưới 1%');
    // Opened at the suggestion: its text (and the insertion drawn after it) is selected in the editor.
    await expect.poll(() => page.evaluate(() => getSelection()?.toString() ?? ''), POLL).toMatch(/^Tỷ lệ hộ nghèo giảm còn dưới 1%/u);
    await card.getByTestId('suggestion-accept').click();
    await expect.poll(() => card.count(), POLL).toBe(0);
    await expect.poll(() => page.locator('[data-testid=editor]').innerText(), POLL).toContain('Cơ bản không còn hộ nghèo theo chuẩn nghèo đa chiều.');

    await page.goto(`${served.app.url}/#/w/${encodeURIComponent(workspaceId)}/feedback`);
    const linked = await openDetail('Đề nghị sửa “Tỷ lệ');
    await expect.poll(() => linked.getByTestId('feedback-link').innerText(), POLL).toContain('Đã tiếp thu vào: “Tỷ lệ hộ nghèo giảm còn dưới 1%” → “Cơ bản không còn hộ nghèo”');
    expect(await linked.getByTestId('feedback-suggestion-made').innerText()).toContain('Đề xuất đã được chấp nhận');
    await linked.scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifactPath('screenshot-feedback-suggestion.png') });
    await page.getByTestId('language').selectOption('en');
    await expect.poll(() => linked.getByTestId('feedback-link').innerText(), POLL).toContain('Taken into: “Tỷ lệ hộ nghèo giảm còn dưới 1%” → “Cơ bản không còn hộ nghèo” through a suggestion');
    expect(await linked.getByTestId('feedback-suggestion-made').innerText()).toContain('The suggestion was accepted');
    await page.getByTestId('language').selectOption('vi');
  }, 120_000);

  it('links another comment by hand to a change picked from the comparison, and unlinks it', async () => {
    const detail = await openDetail(FORM_LETTER.slice(0, 40));
    await detail.getByTestId('feedback-link-open').click();
    const picker = detail.getByTestId('feedback-link-picker');
    await expect.poll(() => picker.getByTestId('feedback-link-candidate').count(), POLL).toBeGreaterThan(0);
    expect(await picker.locator('h4').innerText()).toContain('So sánh dự thảo lần 1 với bản làm việc');
    await picker.getByTestId('feedback-link-search').fill('KHÔNG CÒN HỘ NGHÈO');
    await expect.poll(() => picker.getByTestId('feedback-link-candidate').count(), POLL).toBe(1);
    await picker.getByTestId('feedback-link-pick').click();
    await expect.poll(() => detail.getByTestId('feedback-link').innerText(), POLL).toContain('gắn bởi');
    await page.screenshot({ path: `${ARTIFACTS}feedback-link-picked.png`, fullPage: true });

    // The same comment in the clusters panel shows the link, and unlinks it there.
    const member = page.getByTestId('feedback-cluster-member').filter({ hasText: 'X. An Lão' });
    await member.getByTestId('feedback-cluster-change').click();
    await expect.poll(() => member.getByTestId('feedback-link').innerText(), POLL).toContain('Cơ bản không còn hộ nghèo');
    await member.getByTestId('feedback-unlink').click();
    await expect.poll(() => member.getByTestId('feedback-link').count(), POLL).toBe(0);
    await expect.poll(() => detail.getByTestId('feedback-link').count(), POLL).toBe(0);

    workflow = { workspaceId, documentId, items: (await rpcCall('feedback.list', { workspaceId })).items };
    const poverty = workflow.items.find((i) => i.text === POVERTY)!;
    expect(poverty.status).toBe('accepted');
    expect((await rpcCall('feedback.links', { workspaceId, itemId: poverty.id })).links).toHaveLength(1);
  }, 120_000);

  it('writes the synthesis report: every comment counted once, the accepted one with the change it was taken into', async () => {
    const button = page.getByTestId('feedback-synthesis-docx');
    await expect.poll(() => button.isEnabled(), POLL).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const lines = docxLines(readFileSync(await download.path()));
    expect(lines.some((l) => l.startsWith('Tổng hợp ý kiến góp ý vào dự thảo'))).toBe(true);
    // Each cluster or lone comment is one numbered entry "…: N ý kiến của M đơn vị"; together they are every comment.
    const counts = lines.flatMap((l) => [...l.matchAll(/^\d+\. .*: (\d+) ý kiến của (\d+) đơn vị$/g)].map((m) => [Number(m[1]), Number(m[2])]));
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.reduce((sum, [comments]) => sum + comments, 0)).toBe(workflow.items.length);
    for (const [comments, sources] of counts) expect(sources).toBeLessThanOrEqual(comments);
    // The stored link, not a guess from the comparison, says what answered the proposed wording.
    expect(lines.some((l) => l.includes('Tiếp thu qua đề xuất sửa: “Tỷ lệ hộ nghèo giảm còn dưới 1%” sửa thành “Cơ bản không còn hộ nghèo”.'))).toBe(true);
  }, 120_000);
});
