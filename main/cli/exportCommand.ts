import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { AppError } from '../../shared/errors.ts';
import { exportDocumentFile } from '../services/documentFiles.ts';
import { print } from './output.ts';
import { openWorkspaceDocument } from './workspaceDocument.ts';

export const EXPORT_HELP = `vankien export --workspace <tệp .vkws> --document <tên> --format docx|txt --out <tệp> [--json]
  Xuất bản làm việc của văn kiện (docx theo Hướng dẫn 36-HD/VPTW, hoặc văn bản thuần).`;

export async function exportCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { workspace: { type: 'string' }, document: { type: 'string' }, format: { type: 'string', default: 'docx' }, out: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  if (values.format !== 'docx' && values.format !== 'txt') throw new AppError('bad_request', `Định dạng không hỗ trợ: ${values.format} (docx hoặc txt).`);
  if (!values.out) throw new AppError('bad_request', `Thiếu --out <tệp>.\n${EXPORT_HELP}`);
  const { store, document } = openWorkspaceDocument(values.workspace, values.document);
  try {
    const file = exportDocumentFile(store, document.id, values.format);
    writeFileSync(values.out, file.bytes);
    print(values.json ?? false, { out: values.out, bytes: file.bytes.byteLength }, () => `Đã xuất "${document.title}" ra ${values.out} (${file.bytes.byteLength} byte).`);
  } finally {
    store.close();
  }
}
