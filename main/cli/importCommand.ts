import { userInfo } from 'node:os';
import { AppError } from '../../shared/errors.ts';
import { DRAFT_STAGES } from '../../shared/drafts/draftStages.ts';
import { DOCUMENT_KINDS } from '../../shared/document/documentKinds.ts';
import type { DocumentKind } from '../../shared/rpc/documentContract.ts';
import type { DraftStage } from '../../shared/rpc/draftContract.ts';
import { importDocumentFile } from '../services/documents/documentFiles.ts';
import { importDraft } from '../services/drafts/importDraft.ts';
import { restoreDraft, type RestoreResult } from '../services/drafts/restoreDraft.ts';
import { transactStoredCopy } from '../services/drafts/transactStoredCopy.ts';
import { refuseBehindServer } from './refuseBehindServer.ts';
import type { WorkspaceStore } from '../storage/WorkspaceStore.ts';
import { IMPORT_HELP } from './helpTexts.ts';
import { print } from './output.ts';
import { parseCommandArgs } from './parseCommandArgs.ts';
import { readInputFile } from './readInputFile.ts';
import { openWorkspaceFile } from './workspaceDocument.ts';

type InputFile = ReturnType<typeof readInputFile>;
type Values = { kind?: string; stage?: string; author?: string; note?: string; json?: boolean; 'working-copy'?: boolean };

/** `vankien import <file>`: a new document, or with --draft N the next draft of an existing one. */
export async function importCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseCommandArgs({
    args,
    allowPositionals: true,
    options: {
      workspace: { type: 'string' }, document: { type: 'string' }, kind: { type: 'string' }, draft: { type: 'string' },
      stage: { type: 'string' }, author: { type: 'string' }, note: { type: 'string' }, json: { type: 'boolean', default: false },
      'working-copy': { type: 'boolean', default: false },
    },
  }, IMPORT_HELP);
  if (!positionals[0] || !values.document) throw usage('Thiếu tệp hoặc --document.');
  const draft = values.draft === undefined ? null : draftNumber(values.draft);
  const misplaced = draft === null ? (['stage', 'author', 'note'] as const).find((o) => values[o] !== undefined) ?? (values['working-copy'] ? 'working-copy' : undefined) : values.kind !== undefined ? 'kind' : undefined;
  if (misplaced) throw usage(draft === null ? `--${misplaced} chỉ dùng khi nhập một dự thảo (--draft <N>).` : '--kind chỉ dùng khi nhập văn kiện mới; dự thảo thuộc văn kiện đã có.');
  const kind = values.kind ?? 'other';
  if (!(DOCUMENT_KINDS as readonly string[]).includes(kind)) throw usage(`Loại văn kiện không hợp lệ: ${kind}.`);
  const file = readInputFile(positionals[0]);
  const store = openWorkspaceFile(values.workspace, 'write');
  try {
    // Making the working copy the draft writes it, which a running server holds in memory for its editors: refused before anything is imported.
    if (draft !== null && values['working-copy']) refuseBehindServer(values.workspace!, 'Không đặt được bản đang soạn thành dự thảo vừa nhập');
    if (draft !== null) await asDraft(store, values.document, draft, file, values);
    else await asDocument(store, values.document, kind as DocumentKind, file, values.json ?? false);
  } finally {
    store.close();
  }
}

async function asDocument(store: WorkspaceStore, title: string, kind: DocumentKind, file: InputFile, json: boolean): Promise<void> {
  if (store.documents.findByTitle(title)) {
    throw new AppError('conflict', `Đã có văn kiện "${title}" trong không gian này; hãy dùng tên khác, hoặc --draft <N> để nhập tệp làm dự thảo của văn kiện đó.`);
  }
  const result = await importDocumentFile(store, { kind, title, ...file }, 'cli');
  print(json, result, () => [`Đã nhập "${result.document.title}".`, ...result.warnings.map((w) => `Lưu ý: ${w}`)].join('\n'));
}

async function asDraft(store: WorkspaceStore, title: string, number: number, file: InputFile, values: Values): Promise<void> {
  const author = (values.author ?? userInfo().username).trim();
  if (!author) throw usage('Thiếu --author <tên người nhập dự thảo>.');
  const document = store.documents.getByTitle(title);
  const meta = { stage: draftStage(values.stage ?? 'subcommittee'), author, note: values.note ?? '' };
  const actor = `cli:${userInfo().username}`;
  const result = await importDraft(store, document.id, meta, file, actor, undefined, number);
  const imported = result.draft.number;
  // --working-copy: the working copy becomes the draft, what it replaces kept as a checkpoint (a restore).
  const restored = values['working-copy'] ? await restoreDraft(store, document.id, { draft: imported }, { actor, author }, transactStoredCopy(store, document.id)) : null;
  print(values.json ?? false, { ...result, workingCopy: restored }, () =>
    [
      `Đã nhập ${file.fileName} làm Dự thảo lần ${imported} của "${document.title}" (${result.draft.words} từ).`,
      restored ? workingCopyText(restored, imported) : `Bản đang soạn giữ nguyên (vẫn là nội dung trước khi nhập; lần chốt sau sẽ chốt từ đó). Muốn soạn tiếp từ dự thảo này: thêm --working-copy khi nhập, hoặc vankien draft restore --workspace … --document "${document.title}" --draft ${imported}.`,
      ...result.warnings.map((w) => `Lưu ý: ${w}`),
    ].join('\n'),
  );
}

function workingCopyText(result: RestoreResult, number: number): string {
  if (!result.restored) return `Bản đang soạn đã giống hệt Dự thảo lần ${number}; không có gì thay đổi.`;
  const before = result.before && ('draft' in result.before ? `Dự thảo lần ${result.before.draft}` : `bản lưu ${result.before.checkpoint}`);
  return `Bản đang soạn nay là Dự thảo lần ${number}; bản đang soạn trước đó được giữ lại (${before}), khôi phục bản đó để hoàn tác.`;
}

function draftNumber(text: string): number {
  if (!/^[1-9]\d{0,8}$/.test(text)) throw usage(`--draft phải là số thứ tự dự thảo (1, 2, …), không phải "${text}".`);
  return Number(text);
}

function draftStage(stage: string): DraftStage {
  const found = DRAFT_STAGES.find((s) => s === stage);
  if (!found) throw usage(`Giai đoạn "${stage}" không hợp lệ; hãy dùng một trong: ${DRAFT_STAGES.join(', ')}.`);
  return found;
}

const usage = (message: string) => new AppError('bad_request', `${message}\n${IMPORT_HELP}`);
