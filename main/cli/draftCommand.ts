import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { AppError } from '../../shared/errors.ts';
import { type CheckpointSummary, DRAFT_STAGES, type DraftStage, type DraftSummary, type KeptVersion } from '../../shared/rpc/draftContract.ts';
import { freezeDraft, listCheckpoints, listDrafts, restoreDraft, type RestoreResult, transactStoredCopy } from '../services/drafts/index.ts';
import { WorkspaceStore } from '../storage/WorkspaceStore.ts';
import { DRAFT_HELP } from './helpTexts.ts';
import { print } from './output.ts';
import { parseCommandArgs } from './parseCommandArgs.ts';
import { refuseBehindServer } from './refuseBehindServer.ts';

/**
 * `vankien draft freeze|list|restore`, straight on the workspace file: no server needed. A
 * restore is refused while a server holds the file's folder (refuseBehindServer).
 */
export async function draftCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseCommandArgs({
    args,
    allowPositionals: true,
    options: {
      workspace: { type: 'string' },
      document: { type: 'string' },
      stage: { type: 'string', default: 'subcommittee' },
      author: { type: 'string' },
      note: { type: 'string', default: '' },
      draft: { type: 'string' },
      checkpoint: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  }, DRAFT_HELP);
  const action = positionals[0];
  if (action !== 'freeze' && action !== 'list' && action !== 'restore') throw usage(`Không rõ lệnh "draft ${action ?? ''}".`);
  if (!values.workspace || !values.document) throw usage('Thiếu --workspace <tệp .vkws> hoặc --document <tiêu đề>.');
  const json = values.json ?? false;
  // A restore writes the working copy, which a running server holds in memory for its editors.
  if (action === 'restore') refuseBehindServer(values.workspace, 'Không khôi phục được');
  // Listing only reads: the file is not migrated and nothing is left beside it.
  const store = action === 'list' ? WorkspaceStore.openReadOnly(resolve(values.workspace)) : WorkspaceStore.open(resolve(values.workspace));
  try {
    const document = store.documents.getByTitle(values.document);
    if (action === 'list') {
      const drafts = listDrafts(store, document.id);
      const checkpoints = listCheckpoints(store, document.id);
      print(json, { drafts, checkpoints }, () => draftListText(drafts, checkpoints));
      return;
    }
    const author = (values.author ?? userInfo().username).trim();
    if (action === 'restore') {
      if (!author) throw usage('Thiếu --author <tên người khôi phục>.');
      const result = await restoreDraft(store, document.id, restoreSource(values.draft, values.checkpoint), { actor: `cli:${userInfo().username}`, author }, transactStoredCopy(store, document.id));
      print(json, result, () => restoreText(result));
      return;
    }
    if (!author) throw usage('Thiếu --author <tên người chốt dự thảo>.');
    const draft = freezeDraft(store, document.id, { stage: parseStage(values.stage), author, note: values.note ?? '' }, `cli:${userInfo().username}`);
    print(json, { draft }, () => `Đã chốt "${document.title}" thành Dự thảo lần ${draft.number} (${draft.words} từ).`);
  } finally {
    store.close();
  }
}

/** Drafts and checkpoints, oldest first, one a line. */
function draftListText(drafts: DraftSummary[], checkpoints: CheckpointSummary[]): string {
  const lines = [
    ...drafts.map((d) => ({ at: d.createdAt, text: `Dự thảo lần ${d.number}\t${d.createdAt}\t${d.stage}\t${d.author}\t${d.words} từ\t${d.note}` })),
    ...checkpoints.map((c) => ({ at: c.createdAt, text: `Bản lưu trước khi khôi phục ${c.number} (--checkpoint ${c.number})\t${c.createdAt}\t${c.author}\t${c.words} từ\t${replacedByText(c)}` })),
  ];
  return lines.sort((a, b) => a.at.localeCompare(b.at)).map((l) => l.text).join('\n') || 'Văn kiện này chưa có dự thảo nào.';
}

function replacedByText(c: CheckpointSummary): string {
  const by = c.replacedBy;
  const what = by.draft ? `Dự thảo lần ${by.draft}` : by.checkpoint ? `bản lưu ${by.checkpoint}` : by.fileName ? `tệp ${by.fileName}` : 'nội dung khác';
  return `bản đang soạn trước khi khôi phục ${what}`;
}

function restoreText(result: RestoreResult): string {
  if (!result.restored) return 'Bản đang soạn đã giống hệt bản được khôi phục; không có gì thay đổi.';
  const before = result.before && ('draft' in result.before ? `Dự thảo lần ${result.before.draft}` : `bản lưu ${result.before.checkpoint}`);
  return `Đã khôi phục. Bản đang soạn trước đó được giữ lại (${before}); khôi phục bản đó để hoàn tác.`;
}

function restoreSource(draft: string | undefined, checkpoint: string | undefined): KeptVersion {
  const n = (text: string | undefined) => (text !== undefined && /^[1-9]\d{0,8}$/.test(text) ? Number(text) : null);
  if ((draft === undefined) === (checkpoint === undefined)) throw usage('Hãy cho đúng một trong --draft <N> hoặc --checkpoint <K>.');
  const number = n(draft ?? checkpoint);
  if (number === null) throw usage(`"${draft ?? checkpoint}" không phải là số.`);
  return draft !== undefined ? { draft: number } : { checkpoint: number };
}

function parseStage(stage: string | undefined): DraftStage {
  const found = DRAFT_STAGES.find((s) => s === stage);
  if (!found) throw usage(`Giai đoạn "${stage}" không hợp lệ.`);
  return found;
}

const usage = (message: string) => new AppError('bad_request', `${message}\n${DRAFT_HELP}`);
