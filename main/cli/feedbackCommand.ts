import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { userInfo } from 'node:os';
import { AppError } from '../../shared/errors.ts';
import { feedbackTooLarge } from '../../shared/feedback/feedbackErrors.ts';
import { FEEDBACK_LIMITS } from '../../shared/feedback/limits.ts';
import { importFeedbackFiles, type FileOutcome } from '../services/feedback/importFeedbackFiles.ts';
import { importSources } from '../services/feedback/importSources.ts';
import { anchorFileCommand } from './anchorFileCommand.ts';
import { feedbackAnchorCommand, feedbackClustersCommand } from './feedbackAnchorCommands.ts';
import { FEEDBACK_HELP } from './helpTexts.ts';
import { print } from './output.ts';
import { parseCommandArgs } from './parseCommandArgs.ts';
import { openWorkspaceFile } from './workspaceDocument.ts';

const usage = (message: string) => new AppError('bad_request', `${message}\n${FEEDBACK_HELP}`);

/** A comment file named on the command line; one over the limit is refused before it is read. */
function readFeedbackInput(path: string): { fileName: string; bytes: Uint8Array } {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new AppError('not_found', `Không tìm thấy tệp ${path}.`);
  }
  if (size > FEEDBACK_LIMITS.fileBytes) throw feedbackTooLarge(basename(path), size);
  return { fileName: basename(path), bytes: new Uint8Array(readFileSync(path)) };
}

function outcomeLine(outcome: FileOutcome): string {
  if ('error' in outcome) return `✗ ${outcome.fileName}: ${outcome.error.message}`;
  const { batch } = outcome;
  const lines = [`✓ ${outcome.fileName}: ${batch.items} ý kiến${batch.flagged ? `, ${batch.flagged} ý kiến chưa rõ đơn vị (cần người xác định)` : ''}${batch.problems.length ? `, ${batch.problems.length} dòng không nhập` : ''}.`];
  for (const problem of batch.problems) lines.push(`    ${problem.reason}`);
  return lines.join('\n');
}

/** `vankien feedback import <files…>`, `feedback sources <file>`, `feedback anchor` and `feedback clusters`. */
export async function feedbackCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseCommandArgs({
    args,
    allowPositionals: true,
    options: {
      workspace: { type: 'string' }, document: { type: 'string' }, draft: { type: 'string' },
      'only-new': { type: 'boolean', default: false }, json: { type: 'boolean', default: false },
    },
  }, FEEDBACK_HELP);
  const [action, ...paths] = positionals;
  if (!['import', 'sources', 'anchor', 'clusters'].includes(action)) throw usage(action ? `Không có lệnh "feedback ${action}".` : 'Thiếu lệnh: import, sources, anchor hoặc clusters.');
  const json = values.json ?? false;
  if (action === 'anchor' && paths.length > 0) {
    // The file form: a comments file anchored against a draft file, nothing stored.
    if (paths.length > 1) throw usage('Lệnh feedback anchor nhận một tệp góp ý.');
    if (values.draft === undefined) throw usage('Thiếu --draft <tệp dự thảo .docx|.txt|.md> để gắn ý kiến vào.');
    return anchorFileCommand(readFeedbackInput(paths[0]), values.draft, json);
  }
  if (values.draft !== undefined && !/^[1-9]\d{0,3}$/u.test(values.draft)) throw usage(`--draft phải là số thứ tự dự thảo (1, 2, …), không phải "${values.draft}".`);
  if (action === 'anchor' || action === 'clusters') {
    if (paths.length > 0) throw usage(`Lệnh feedback ${action} không nhận tệp: ${paths.join(' ')}.`);
    if (action === 'clusters') return feedbackClustersCommand({ workspace: values.workspace, json });
    return feedbackAnchorCommand({ workspace: values.workspace, document: values.document, draft: values.draft === undefined ? undefined : Number(values.draft), json });
  }
  if (paths.length === 0) throw usage('Thiếu tệp cần nhập.');
  if (paths.length > FEEDBACK_LIMITS.filesPerImport) throw usage(`Mỗi lần nhập tối đa ${FEEDBACK_LIMITS.filesPerImport} tệp.`);
  const files = paths.map(readFeedbackInput);
  const store = openWorkspaceFile(values.workspace, 'write');
  try {
    const actor = `cli:${userInfo().username}`;
    if (action === 'sources') {
      if (files.length > 1) throw usage('Lệnh sources nhận một tệp.');
      const { rematched, ...imported } = await importSources(store, files[0], actor);
      const result = { ...imported, attributed: rematched.attributed };
      print(json, result, () => [`Đã thêm ${result.created} đơn vị, cập nhật ${result.updated} đơn vị; ${result.attributed} ý kiến chưa rõ đơn vị nay đã xác định được.`, ...result.problems].join('\n'));
      return;
    }
    const outcomes = await importFeedbackFiles(store, files.map((file) => ({
      ...file, documentTitle: values.document, draftNumber: values.draft === undefined ? undefined : Number(values.draft), onlyNewRows: values['only-new'],
    })), actor, undefined, (done, total) => { if (!json && process.stderr.isTTY) process.stderr.write(`\rĐã xử lý ${done}/${total} tệp`); });
    if (!json && process.stderr.isTTY) process.stderr.write('\n');
    print(json, { files: outcomes }, () => outcomes.map(outcomeLine).join('\n'));
    if (outcomes.some((outcome) => 'error' in outcome)) process.exitCode = 2;
  } finally {
    store.close();
  }
}
