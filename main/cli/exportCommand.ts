import { writeFileSync } from 'node:fs';
import { AppError } from '../../shared/errors.ts';
import { exportDocumentFile } from '../services/documents/documentFiles.ts';
import { exportDraftFile } from '../services/drafts/exportDraftFile.ts';
import { EXPORT_HELP } from './helpTexts.ts';
import { print } from './output.ts';
import { parseCommandArgs } from './parseCommandArgs.ts';
import { openWorkspaceDocument } from './workspaceDocument.ts';

/** Export only reads the workspace; it records itself in the audit log when the file can take that without being changed otherwise. */
const UNAUDITED =
  'lần xuất này chưa được ghi vào nhật ký của không gian làm việc, vì tệp chỉ cho đọc hoặc thuộc phiên bản cũ chưa được nâng cấp (tệp được nâng cấp ở lần ghi đầu tiên, ví dụ khi mở trong ứng dụng).';

export async function exportCommand(args: string[]): Promise<void> {
  const { values } = parseCommandArgs({
    args,
    options: { workspace: { type: 'string' }, document: { type: 'string' }, format: { type: 'string', default: 'docx' }, out: { type: 'string' }, draft: { type: 'string' }, json: { type: 'boolean', default: false } },
  }, EXPORT_HELP);
  if (values.format !== 'docx' && values.format !== 'txt') throw new AppError('bad_request', `Định dạng không hỗ trợ: ${values.format} (docx hoặc txt).`);
  if (!values.out) throw new AppError('bad_request', `Thiếu --out <tệp>.\n${EXPORT_HELP}`);
  const draft = values.draft === undefined ? null : Number(values.draft);
  if (draft !== null && !(Number.isInteger(draft) && draft > 0)) throw new AppError('bad_request', `--draft phải là số thứ tự dự thảo (1, 2, …), không phải "${values.draft}".`);
  const { store, document } = openWorkspaceDocument(values.workspace, values.document, 'read');
  try {
    const file = await (draft === null ? exportDocumentFile(store, document.id, values.format, 'cli') : exportDraftFile(store, document.id, draft, values.format, 'cli'));
    writeFileSync(values.out, file.bytes);
    const what = draft === null ? `"${document.title}"` : `Dự thảo lần ${draft} của "${document.title}"`;
    const warnings = store.audit.unrecorded.length ? [UNAUDITED] : [];
    print(values.json ?? false, { out: values.out, bytes: file.bytes.byteLength, warnings }, () =>
      [`Đã xuất ${what} ra ${values.out} (${file.bytes.byteLength} byte).`, ...warnings.map((w) => `Lưu ý: ${w}`)].join('\n'),
    );
  } finally {
    store.close();
  }
}
