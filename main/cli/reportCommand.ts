import { writeFileSync } from 'node:fs';
import { AppError } from '../../shared/errors.ts';
import { exportComments } from '../services/feedback/exportComments.ts';
import { REPORT_HELP } from './helpTexts.ts';
import { print } from './output.ts';
import { parseCommandArgs } from './parseCommandArgs.ts';
import { openWorkspaceFile } from './workspaceDocument.ts';

const usage = (message: string) => new AppError('bad_request', `${message}\n${REPORT_HELP}`);

/** `vankien report comments`: every comment of a workspace as an .xlsx. */
export async function reportCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseCommandArgs({
    args,
    allowPositionals: true,
    options: { workspace: { type: 'string' }, out: { type: 'string' }, json: { type: 'boolean', default: false } },
  }, REPORT_HELP);
  const [report, ...rest] = positionals;
  if (report !== 'comments') throw usage(report ? `Không có báo cáo "${report}".` : 'Thiếu tên báo cáo: comments.');
  if (rest.length > 0) throw usage(`Thừa đối số: ${rest.join(' ')}.`);
  if (!values.out) throw usage('Thiếu --out <tệp .xlsx>.');
  if (!values.out.toLowerCase().endsWith('.xlsx')) throw usage(`--out phải là tệp .xlsx, không phải "${values.out}".`);
  // Written to, so the export is recorded in the workspace's audit log as the app records it.
  const store = openWorkspaceFile(values.workspace, 'write');
  try {
    const file = await exportComments(store, 'cli');
    writeFileSync(values.out, file.bytes);
    const items = store.feedback.count();
    print(values.json ?? false, { out: values.out, items, bytes: file.bytes.byteLength }, () => `Đã xuất ${items} ý kiến góp ý ra ${values.out} (${file.bytes.byteLength} byte).`);
  } finally {
    store.close();
  }
}
