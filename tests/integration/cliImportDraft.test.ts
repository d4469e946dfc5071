import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { freezeDraft, importDraft } from '../../main/services/drafts/index.ts';
import { inlineJobs, type JobRunner } from '../../main/services/jobs/jobs.ts';
import { WorkspaceStore } from '../../main/storage/WorkspaceStore.ts';
import { draftFiles, useCliWorkspace, vankien, exportedWorkingText } from '../helpers/cli.ts';
import { rawDatabase } from '../helpers/rawDatabase.ts';

const cli = useCliWorkspace('Đại hội');

const TITLE = 'Báo cáo chính trị';
const importArgs = (file: string, ...more: string[]) => ['import', file, '--workspace', cli.ws, '--document', TITLE, ...more, '--json'];
const draftNumbers = () => vankien('draft', 'list', '--workspace', cli.ws, '--document', TITLE, '--json').json.drafts.map((d: { number: number; origin: string }) => `${d.number}:${d.origin}`);
const workingText = () => exportedWorkingText(cli.ws, TITLE, cli.dir);
const files = () => draftFiles(cli.dir);

describe('vankien import --draft N', () => {
  it('imports a file as the next draft of an existing document, leaving the working copy as it was', () => {
    const { one, two } = files();
    expect(vankien('import', one, '--workspace', cli.ws, '--document', TITLE, '--kind', 'political_report').status).toBe(0);
    expect(vankien('draft', 'freeze', '--workspace', cli.ws, '--document', TITLE, '--author', 'Tổ biên tập').status).toBe(0);
    const before = workingText();
    const imported = vankien(...importArgs(two, '--draft', '2', '--stage', 'standing_board', '--author', 'Văn phòng', '--note', 'Bản góp ý'));
    expect(imported.status, imported.stdout).toBe(0);
    expect(imported.json.draft).toMatchObject({ number: 2, origin: 'import', stage: 'standing_board', author: 'Văn phòng', note: 'Bản góp ý' });
    expect(draftNumbers()).toEqual(['1:app', '2:import']);
    expect(workingText()).toBe(before);
    const compared = vankien('compare', '--workspace', cli.ws, '--document', TITLE, '--drafts', '1,2', '--json');
    expect(compared.json.stats).toMatchObject({ modified: 1, inserted: 0, deleted: 0, moved: 0 });
    const text = vankien(...importArgs(two, '--draft', '3').slice(0, -1));
    expect(text.stdout).toContain('Dự thảo lần 3');
    expect(text.stdout).toContain('Bản đang soạn giữ nguyên');
  });

  it.each([
    ['a number already taken', '1', 'đã có Dự thảo lần 1', '--draft 2'],
    ['a number past the next one', '3', 'mới có đến Dự thảo lần 1', '--draft 2'],
  ])('refuses %s with draft_number_not_next, naming the number the file can take, and writes nothing', (_name, n, said, next) => {
    const { one, two } = files();
    vankien('import', one, '--workspace', cli.ws, '--document', TITLE);
    vankien('draft', 'freeze', '--workspace', cli.ws, '--document', TITLE, '--author', 'Tổ biên tập');
    const refused = vankien(...importArgs(two, '--draft', n));
    expect(refused.status).toBe(2);
    expect(refused.json.error.code).toBe('draft_number_not_next');
    expect(refused.json.error.message).toContain(said);
    expect(refused.json.error.message).toContain(next);
    expect(draftNumbers()).toEqual(['1:app']);
  });

  it('takes draft 1 of a document that has none, and refuses draft 2 there', () => {
    const { one, two } = files();
    vankien('import', one, '--workspace', cli.ws, '--document', TITLE);
    const refused = vankien(...importArgs(two, '--draft', '2'));
    expect(refused.json.error).toMatchObject({ code: 'draft_number_not_next', message: expect.stringContaining('chưa có dự thảo nào') });
    expect(vankien(...importArgs(two, '--draft', '1')).json.draft.number).toBe(1);
    expect(draftNumbers()).toEqual(['1:import']);
  });

  it.each([
    ['--kind with --draft', ['--draft', '1', '--kind', 'resolution'], 'bad_request', '--kind chỉ dùng khi nhập văn kiện mới'],
    ['--stage without --draft', ['--stage', 'congress'], 'bad_request', '--stage chỉ dùng khi nhập một dự thảo'],
    ['a --draft that is not a number', ['--draft', 'hai'], 'bad_request', '"hai"'],
    ['an unknown stage', ['--draft', '1', '--stage', 'plenum'], 'bad_request', 'Giai đoạn "plenum"'],
  ])('refuses %s', (_name, more, code, said) => {
    const { one } = files();
    vankien('import', one, '--workspace', cli.ws, '--document', TITLE);
    const refused = vankien(...importArgs(one, ...more));
    expect(refused.json.error).toMatchObject({ code, message: expect.stringContaining(said) });
    expect(draftNumbers()).toEqual([]);
  });

  it('names the document it cannot find', () => {
    const { one } = files();
    const refused = vankien(...importArgs(one, '--draft', '1'));
    expect(refused.json.error.code).toBe('not_found');
  });
});

describe('importDraft with a number', () => {
  it('refuses, writing neither the draft nor its audit entry, when a draft was frozen while the file was being read', async () => {
    const { one, two } = files();
    vankien('import', one, '--workspace', cli.ws, '--document', TITLE);
    const store = WorkspaceStore.open(cli.ws);
    try {
      const document = store.documents.getByTitle(TITLE);
      const meta = { stage: 'subcommittee' as const, author: 'Tổ biên tập', note: '' };
      // The job runs; meanwhile someone freezes the working copy as draft 1 (through the same file).
      const racing: JobRunner = {
        async run(name, input, size) {
          freezeDraft(store, document.id, meta, 'someone-else');
          return inlineJobs.run(name, input, size);
        },
      };
      const audits = () => rawDatabase(store).prepare("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'draft.import'").get()!.n;
      await expect(importDraft(store, document.id, meta, { bytes: readFileSync(two), fileName: 'du-thao-2.txt' }, 'test', racing, 1)).rejects.toMatchObject({
        code: 'draft_number_not_next',
      });
      expect(store.drafts.list(document.id).map((d) => [d.number, d.origin])).toEqual([[1, 'app']]);
      expect(audits()).toBe(0);
    } finally {
      store.close();
    }
  });
});
