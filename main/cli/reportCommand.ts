import { existsSync, writeFileSync } from 'node:fs';
import { AppError } from '../../shared/errors.ts';
import { exportComments } from '../services/feedback/exportComments.ts';
import { exportSynthesis } from '../services/feedback/exportSynthesis.ts';
import { REPORT_HELP } from './helpTexts.ts';
import { print } from './output.ts';
import { parseCommandArgs } from './parseCommandArgs.ts';
import { openWorkspaceDocument, openWorkspaceFile } from './workspaceDocument.ts';

const usage = (message: string) => new AppError('bad_request', `${message}\n${REPORT_HELP}`);

interface ReportValues { workspace?: string; document?: string; out?: string; draft?: string; force?: boolean; json?: boolean }

/** `--out`, present and of the report's kind. */
function outOf(values: ReportValues, extension: '.xlsx' | '.docx'): string {
  if (!values.out) throw usage(`Thiếu --out <tệp ${extension}>.`);
  if (!values.out.toLowerCase().endsWith(extension)) throw usage(`--out phải là tệp ${extension}, không phải "${values.out}".`);
  return values.out;
}

/** `vankien report comments`: every comment of a workspace as an .xlsx. */
async function commentsReport(values: ReportValues): Promise<void> {
  const out = outOf(values, '.xlsx');
  // Written to, so the export is recorded in the workspace's audit log as the app records it.
  const store = openWorkspaceFile(values.workspace, 'write');
  try {
    const file = await exportComments(store, 'cli');
    writeFileSync(out, file.bytes);
    const items = store.feedback.count();
    print(values.json ?? false, { out, items, bytes: file.bytes.byteLength }, () => `Đã xuất ${items} ý kiến góp ý ra ${out} (${file.bytes.byteLength} byte).`);
  } finally {
    store.close();
  }
}

/**
 * `vankien report synthesis`: a document's synthesis report as a .docx. An existing --out is
 * refused unless --force: compilers edit the exported report by hand, and a second export must
 * not silently replace their edits.
 */
async function synthesisReport(values: ReportValues): Promise<void> {
  const out = outOf(values, '.docx');
  const draft = values.draft === undefined ? undefined : Number(values.draft);
  if (draft !== undefined && (!Number.isInteger(draft) || draft < 1)) throw usage(`--draft phải là số thứ tự của dự thảo (1, 2, …), không phải "${values.draft}".`);
  if (existsSync(out) && !values.force) throw new AppError('conflict', `Tệp ${out} đã có; báo cáo không được ghi đè. Hãy chọn tên khác, hoặc thêm --force để ghi đè.`);
  const { store, document } = openWorkspaceDocument(values.workspace, values.document, 'write');
  try {
    const file = await exportSynthesis(store, document.id, draft, 'cli');
    writeFileSync(out, file.bytes);
    const result = { out, document: document.title, draftNumber: file.draftNumber, items: file.items, clusters: file.clusters, bytes: file.bytes.byteLength };
    const draftText = file.draftNumber === null ? '' : ` (Dự thảo lần ${file.draftNumber})`;
    print(values.json ?? false, result, () => `Đã xuất báo cáo tổng hợp ${file.items} ý kiến (${file.clusters} nhóm) vào dự thảo ${document.title}${draftText} ra ${out}.`);
  } finally {
    store.close();
  }
}

/** `vankien report comments|synthesis`. */
export async function reportCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseCommandArgs({
    args,
    allowPositionals: true,
    options: {
      workspace: { type: 'string' }, document: { type: 'string' }, out: { type: 'string' }, draft: { type: 'string' },
      force: { type: 'boolean', default: false }, json: { type: 'boolean', default: false },
    },
  }, REPORT_HELP);
  const [report, ...rest] = positionals;
  if (report !== 'comments' && report !== 'synthesis') throw usage(report ? `Không có báo cáo "${report}".` : 'Thiếu tên báo cáo: comments hoặc synthesis.');
  if (rest.length > 0) throw usage(`Thừa đối số: ${rest.join(' ')}.`);
  if (report === 'comments') await commentsReport(values);
  else await synthesisReport(values);
}
