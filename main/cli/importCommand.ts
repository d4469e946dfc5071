import { parseArgs } from 'node:util';
import { AppError } from '../../shared/errors.ts';
import { DOCUMENT_KINDS, type DocumentKind } from '../../shared/rpc/documentContract.ts';
import { importDocumentFile } from '../services/documents/documentFiles.ts';
import { print } from './output.ts';
import { readInputFile } from './readInputFile.ts';
import { openWorkspaceFile } from './workspaceDocument.ts';

export const IMPORT_HELP = `vankien import <tệp> --workspace <tệp .vkws> --document <tên> [--kind ${DOCUMENT_KINDS.join('|')}] [--json]
  Nhập .docx, .txt hoặc .md thành văn kiện mới trong không gian làm việc.`;

export async function importCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { workspace: { type: 'string' }, document: { type: 'string' }, kind: { type: 'string', default: 'other' }, json: { type: 'boolean', default: false } },
  });
  if (!positionals[0] || !values.document) throw new AppError('bad_request', `Thiếu tệp hoặc --document.\n${IMPORT_HELP}`);
  if (!(DOCUMENT_KINDS as readonly string[]).includes(values.kind!)) throw new AppError('bad_request', `Loại văn kiện không hợp lệ: ${values.kind}.`);
  const file = readInputFile(positionals[0]);
  const store = openWorkspaceFile(values.workspace, 'write');
  try {
    if (store.documents.findByTitle(values.document)) {
      throw new AppError('conflict', `Đã có văn kiện "${values.document}" trong không gian này; hãy dùng tên khác.`);
    }
    const result = await importDocumentFile(store, { kind: values.kind as DocumentKind, title: values.document, ...file }, 'cli');
    print(values.json ?? false, result, () => [`Đã nhập "${result.document.title}".`, ...result.warnings.map((w) => `Lưu ý: ${w}`)].join('\n'));
  } finally {
    store.close();
  }
}
