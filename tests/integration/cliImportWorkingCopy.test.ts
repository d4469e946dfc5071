import { describe, expect, it } from 'vitest';
import { DRAFT_2_ADDED, draftFiles, useCliWorkspace, vankien, exportedWorkingText } from '../helpers/cli.ts';

const cli = useCliWorkspace('Đại hội');

const TITLE = 'Báo cáo chính trị';
const files = () => draftFiles(cli.dir);
const args = (...more: string[]) => ['--workspace', cli.ws, '--document', TITLE, ...more];
const workingText = () => exportedWorkingText(cli.ws, TITLE, cli.dir);

describe('vankien import --draft N --working-copy (issue 9)', () => {
  it('makes the working copy the imported draft, keeps what it replaced as a checkpoint, so the next freeze keeps draft N', () => {
    const { one, two } = files();
    expect(vankien('import', one, ...args('--kind', 'political_report')).status).toBe(0);
    expect(vankien('draft', 'freeze', ...args('--author', 'Tổ biên tập')).status).toBe(0);
    const before = workingText();
    const imported = vankien('import', two, ...args('--draft', '2', '--working-copy', '--author', 'Văn phòng', '--json'));
    expect(imported.status, imported.stdout + imported.stderr).toBe(0);
    expect(imported.json.draft).toMatchObject({ number: 2, origin: 'import' });
    expect(imported.json.workingCopy).toMatchObject({ restored: true, before: { draft: 1 } });
    expect(workingText()).toContain(DRAFT_2_ADDED);
    expect(workingText()).not.toBe(before);

    // Freezing now gives draft 3 equal to draft 2: nothing of draft 2 is silently undone.
    expect(vankien('draft', 'freeze', ...args('--author', 'Tổ biên tập')).status).toBe(0);
    const compared = vankien('compare', ...args('--drafts', '2,3', '--json'));
    expect(compared.json.stats).toMatchObject({ modified: 0, inserted: 0, deleted: 0, moved: 0 });

    // Undoable: draft 1 (the version the working copy equalled) restores the old text.
    expect(vankien('draft', 'restore', ...args('--draft', '1')).status).toBe(0);
    expect(workingText()).toBe(before);
  });

  it('keeps a working copy with edits since the last draft as a checkpoint "trước khi khôi phục", and says so', () => {
    const { one, two } = files();
    vankien('import', one, ...args());
    const text = vankien('import', two, ...args('--draft', '1', '--working-copy'));
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toContain('Bản đang soạn nay là Dự thảo lần 1');
    const list = vankien('draft', 'list', ...args('--json')).json;
    expect(list.checkpoints).toHaveLength(1);
    expect(list.checkpoints[0]).toMatchObject({ reason: 'restore', replacedBy: { draft: 1 } });
    expect(text.stdout).toContain('bản lưu 1');
  });

  it('without --working-copy says the working copy was left as is and how to set it', () => {
    const { one, two } = files();
    vankien('import', one, ...args());
    const before = workingText();
    const text = vankien('import', two, ...args('--draft', '1'));
    expect(text.stdout).toContain('Bản đang soạn giữ nguyên');
    expect(text.stdout).toContain('--working-copy');
    expect(workingText()).toBe(before);
  });

  it('refuses --working-copy without --draft, importing nothing', () => {
    const { one } = files();
    const refused = vankien('import', one, ...args('--working-copy', '--json'));
    expect(refused.json.error).toMatchObject({ code: 'bad_request', message: expect.stringContaining('--working-copy chỉ dùng khi nhập một dự thảo') });
    expect(vankien('draft', 'list', ...args('--json')).json?.error?.code).toBe('not_found');
  });
});
