import { describe, expect, it } from 'vitest';
import { useServedApp } from '../helpers/browserServer.ts';
import type { Page } from 'playwright-core';
import { createDocument, editorOf, waitSaved } from '../helpers/editorPage.ts';
import { join } from 'node:path';
import { writeDocumentContent } from '../../main/services/drafts/writeDocumentContent.ts';
import { WorkspaceStore } from '../../main/storage/WorkspaceStore.ts';
import { docFromFlatBlocks } from '../../shared/content/build.ts';
import { POISON_KINDS, poisonStoredDocument } from '../fixtures/poisonedContent.ts';
import { call } from '../helpers/rpc.ts';

let page: Page;

const served = useServedApp(async ({ app, openPage }) => {
  await call(app.url, app.secret, 'identity.set', { displayName: 'Tổ biên tập' }); // who the server signs restores with
  page = await openPage();
});

const FROZEN = 'Đoạn mở đầu của dự thảo lần một.';
const EDITS = ' Câu thêm sau khi chốt, chưa chốt lại.';

async function restoreDraft1(): Promise<void> {
  if (!(await page.getByTestId('drafts-panel').isVisible())) await page.getByTestId('open-drafts').click();
  await page.locator('[data-testid=draft-item][data-number="1"]').getByTestId('draft-restore').click();
  await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Đồng ý' }).click();
}

describe('undoing a restore in Chromium', () => {
  it('keeps the edits made after the last draft when draft 1 is restored, and Ctrl+Z brings them back', async () => {
    await createDocument(page, 'Đại hội', 'Báo cáo chính trị');
    const editor = editorOf(page);
    await editor.click();
    await page.keyboard.type(FROZEN);
    await waitSaved(page);
    const [workspaceId, documentId] = new URL(page.url()).hash.match(/#\/w\/([^/]+)\/d\/([^/]+)/)!.slice(1).map(decodeURIComponent);
    await call(served.app.url, served.app.secret, 'draft.freeze', { workspaceId, documentId, stage: 'subcommittee', note: '' });
    await page.keyboard.press('End');
    await page.keyboard.type(EDITS);
    await waitSaved(page);

    await page.getByTestId('open-drafts').click();
    await page.locator('[data-testid=draft-item][data-number="1"]').getByTestId('draft-restore').click();
    const confirm = await page.getByTestId('confirm-dialog').innerText();
    expect(confirm).toContain('Bản làm việc hiện tại được giữ lại trước khi bị thay');
    expect(confirm).toContain('có thể hoàn tác');
    await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Đồng ý' }).click();
    await expect.poll(() => editor.innerText(), { timeout: 15_000 }).not.toContain('Câu thêm sau khi chốt');
    expect(await editor.innerText()).toContain(FROZEN);
    await expect.poll(() => page.getByTestId('restore-notice').innerText()).toContain(
      'Tổ biên tập đã khôi phục Dự thảo lần 1 vào bản làm việc. Bản làm việc trước đó được giữ lại: Bản lưu trước khi khôi phục 1.',
    );
    // The checkpoint is listed with the drafts, apart from their numbers.
    await expect.poll(() => page.getByTestId('checkpoint-item').count()).toBe(1);
    expect(await page.getByTestId('draft-item').count()).toBe(1);
    await page.screenshot({ path: 'tests/.artifacts/restore-notice.png' });

    // Ctrl+Z in the editor, nothing typed since: the restore is undone.
    await page.getByTestId('drafts-panel').getByRole('button', { name: 'Đóng' }).click();
    await editor.click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => editor.innerText(), { timeout: 15_000 }).toContain(FROZEN + EDITS);
    await waitSaved(page);
  });

  it('undoes with the "Hoàn tác khôi phục" button, and Ctrl+Z undoes only typing once something new was typed', async () => {
    const editor = editorOf(page);
    await restoreDraft1();
    await expect.poll(() => editor.innerText(), { timeout: 15_000 }).not.toContain('Câu thêm sau khi chốt');
    // The working copy equalled checkpoint 1, so that is what is kept: no second checkpoint.
    await expect.poll(() => page.getByTestId('restore-notice').innerText()).toContain('Bản làm việc trước đó được giữ lại: Bản lưu trước khi khôi phục 1.');
    expect(await page.getByTestId('checkpoint-item').count()).toBe(1);
    await page.getByTestId('restore-undo').click();
    await expect.poll(() => editor.innerText(), { timeout: 15_000 }).toContain(FROZEN + EDITS);

    await restoreDraft1();
    await expect.poll(() => editor.innerText(), { timeout: 15_000 }).not.toContain('Câu thêm sau khi chốt');
    await page.getByTestId('drafts-panel').getByRole('button', { name: 'Đóng' }).click();
    await editor.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Mới gõ.');
    await page.waitForTimeout(600); // past the undo manager's capture timeout, so typing is its own step
    await page.keyboard.press('Control+z');
    await expect.poll(() => editor.innerText()).not.toContain('Mới gõ.');
    await page.waitForTimeout(300);
    expect(await editor.innerText()).not.toContain('Câu thêm sau khi chốt');
    // The button still brings the kept version back.
    await page.getByTestId('restore-undo').click();
    await expect.poll(() => editor.innerText(), { timeout: 15_000 }).toContain(FROZEN + EDITS);
    await waitSaved(page);
  });

  it('opens a document whose stored content the schema refuses, says it was repaired and shows what was kept', async () => {
    const { workspace } = await call(served.app.url, served.app.secret, 'workspace.create', { name: 'Tệp cũ' });
    const { document } = await call(served.app.url, served.app.secret, 'document.create', { workspaceId: workspace.id, kind: 'other', title: 'Văn kiện hỏng' });
    // Written straight into the workspace file, as an old client's content was once stored.
    const store = WorkspaceStore.open(join(served.app.dataDir, `${workspace.id}.vkws`));
    writeDocumentContent(store, document.id, docFromFlatBlocks([{ id: 'p1', type: 'paragraph', level: null, text: 'Đoạn còn tốt.' }]));
    poisonStoredDocument(store, document.id, ...POISON_KINDS);
    store.close();

    await page.goto(`${new URL(page.url()).origin}/#/w/${workspace.id}/d/${document.id}`);
    const editor = editorOf(page);
    for (const kind of POISON_KINDS) if (kind.text) await expect.poll(() => editor.innerText(), { timeout: 15_000 }).toContain(kind.text);
    const notice = page.getByTestId('repair-notice');
    await expect.poll(() => notice.innerText(), { timeout: 15_000 }).toContain('Văn kiện có nội dung không hợp lệ đã được sửa khi mở: ');
    expect(await notice.innerText()).toContain('nội dung gốc được giữ lại');
    await page.getByTestId('repair-show').click();
    expect(await page.getByTestId('repair-details').innerText()).toContain('trước: "NaN"');
    await page.screenshot({ path: 'tests/.artifacts/repair-notice.png' });
    await page.getByTestId('repair-dismiss').click();
    await page.reload();
    await expect.poll(() => editor.innerText(), { timeout: 15_000 }).toContain('Đoạn còn tốt.');
    expect(await page.getByTestId('repair-notice').count()).toBe(0);
  });
});
