import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../shared/errors.ts';
import { DRAFT_STAGES, type DraftStage } from '../../shared/rpc/draftContract.ts';
import { freezeDraft, listDrafts } from '../services/drafts/index.ts';
import { WorkspaceStore } from '../storage/WorkspaceStore.ts';
import { print } from './output.ts';

export const DRAFT_HELP = `vankien draft freeze --workspace <tệp .vkws> --document <tiêu đề> [--stage <giai đoạn>] [--author <tên>] [--note <ghi chú>] [--json]
vankien draft list --workspace <tệp .vkws> --document <tiêu đề> [--json]
  Chốt bản đang soạn thành "Dự thảo lần N" (không sửa được về sau) hoặc liệt kê các dự thảo.
  Giai đoạn: ${DRAFT_STAGES.join(', ')} (mặc định subcommittee).`;

/** `vankien draft freeze|list`, straight on the workspace file: no server needed. */
export async function draftCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      workspace: { type: 'string' },
      document: { type: 'string' },
      stage: { type: 'string', default: 'subcommittee' },
      author: { type: 'string' },
      note: { type: 'string', default: '' },
      json: { type: 'boolean', default: false },
    },
  });
  const action = positionals[0];
  if (action !== 'freeze' && action !== 'list') throw usage(`Không rõ lệnh "draft ${action ?? ''}".`);
  if (!values.workspace || !values.document) throw usage('Thiếu --workspace <tệp .vkws> hoặc --document <tiêu đề>.');
  const json = values.json ?? false;
  // Listing only reads: the file is not migrated and nothing is left beside it.
  const store = action === 'list' ? WorkspaceStore.openReadOnly(resolve(values.workspace)) : WorkspaceStore.open(resolve(values.workspace));
  try {
    const document = store.getDocumentByTitle(values.document);
    if (action === 'list') {
      const drafts = listDrafts(store, document.id);
      print(json, { drafts }, () =>
        drafts.map((d) => `Dự thảo lần ${d.number}\t${d.createdAt}\t${d.stage}\t${d.author}\t${d.words} từ\t${d.note}`).join('\n') ||
        'Văn kiện này chưa có dự thảo nào.');
      return;
    }
    const author = (values.author ?? userInfo().username).trim();
    if (!author) throw usage('Thiếu --author <tên người chốt dự thảo>.');
    const draft = freezeDraft(store, document.id, { stage: parseStage(values.stage), author, note: values.note ?? '' }, `cli:${userInfo().username}`);
    print(json, { draft }, () => `Đã chốt "${document.title}" thành Dự thảo lần ${draft.number} (${draft.words} từ).`);
  } finally {
    store.close();
  }
}

function parseStage(stage: string | undefined): DraftStage {
  const found = DRAFT_STAGES.find((s) => s === stage);
  if (!found) throw usage(`Giai đoạn "${stage}" không hợp lệ.`);
  return found;
}

const usage = (message: string) => new AppError('bad_request', `${message}\n${DRAFT_HELP}`);
