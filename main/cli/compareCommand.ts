import { writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { toCliJson } from '../../shared/compare/cliJson.ts';
import { compareBlocks } from '../../shared/compare/compareBlocks.ts';
import type { NumberedBlock } from '../../shared/document/flatBlock.ts';
import { AppError } from '../../shared/errors.ts';
import { type DraftSide, exportComparisonFile, fileBlocks, getDraft } from '../services/drafts/index.ts';
import type { ExportedFile } from '../services/work/exportJobs.ts';
import { exportComparisonJob } from '../services/work/exportComparisonJob.ts';
import { WorkspaceStore } from '../storage/WorkspaceStore.ts';
import { type ComparisonOutput, humanSummary } from './compareSummary.ts';
import { print } from './output.ts';
import { readInputFile } from './readInputFile.ts';

export const COMPARE_HELP = `vankien compare <tệp a> <tệp b> [--json] [--all] [--docx <tệp .docx>] [--author <tên>]
vankien compare --workspace <tệp .vkws> --document <tiêu đề> --drafts <a>,<b> [--json] [--all] [--docx <tệp .docx>]
  So sánh hai tệp (.docx/.txt/.md) hoặc hai dự thảo của một văn kiện (số dự thảo, "working" cho
  bản đang soạn, "c2" cho bản lưu trước khi khôi phục số 2). --json in {"stats":{…},"classes":{…},"changes":[{op,class,left,right,tokens}]};
  các khối giữ nguyên (op "equal") bị lược khỏi "changes" trừ khi có --all. --docx ghi thêm bản mới
  có theo dõi thay đổi so với bản cũ (Word/LibreOffice: chấp nhận tất cả ra bản mới, từ chối tất cả
  ra bản cũ), ký tên --author (mặc định "Tiểu ban Văn kiện").`;

const DEFAULT_AUTHOR = 'Tiểu ban Văn kiện';

/** `vankien compare`: two files or two drafts, straight on the files (no server needed). */
export async function compareCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      workspace: { type: 'string' },
      document: { type: 'string' },
      drafts: { type: 'string' },
      json: { type: 'boolean', default: false },
      all: { type: 'boolean', default: false },
      docx: { type: 'string' },
      author: { type: 'string', default: DEFAULT_AUTHOR },
    },
  });
  const out = values.docx === undefined ? null : resolve(values.docx);
  if (out !== null && !out.toLowerCase().endsWith('.docx')) throw usage(`--docx cần tên tệp .docx, không phải "${values.docx}".`);
  const docx = { out, author: values.author || DEFAULT_AUTHOR };
  const sides = values.workspace
    ? await draftSides(values.workspace, values.document, values.drafts?.split(',') ?? positionals, docx)
    : fileSides(positionals, docx);
  const result: ComparisonOutput = toCliJson(compareBlocks(sides.left, sides.right));
  if (!values.all) result.changes = result.changes.filter((c) => c.op !== 'equal');
  if (out !== null && sides.file) {
    writeFileSync(out, sides.file.bytes);
    result.docx = { out, bytes: sides.file.bytes.byteLength, warnings: sides.warnings };
  }
  print(values.json ?? false, result, () => humanSummary(sides.names, result));
}

interface Sides {
  left: NumberedBlock[];
  right: NumberedBlock[];
  names: [string, string];
  /** The tracked-changes .docx, when --docx asked for one. */
  file?: ExportedFile;
  warnings: string[];
}

interface DocxRequest {
  out: string | null;
  author: string;
}

function fileSides(paths: string[], docx: DocxRequest): Sides {
  if (paths.length !== 2) throw usage('Cần đúng hai tệp để so sánh.');
  const sides: Sides = { left: fileBlocks(resolve(paths[0]), 'a'), right: fileBlocks(resolve(paths[1]), 'b'), names: [paths[0], paths[1]], warnings: [] };
  if (docx.out !== null) {
    const [older, newer] = paths.map((p) => readInputFile(resolve(p)));
    const title = `So sánh ${older.fileName} → ${newer.fileName}`;
    const input = { older: { file: older, side: 'a' as const }, newer: { file: newer, side: 'b' as const }, fileName: basename(docx.out), title, author: docx.author, date: new Date().toISOString() };
    sides.file = exportComparisonJob(input);
  }
  return sides;
}

/** Export only reads the workspace; like `vankien export`, it is audited when the file can take that. */
const UNAUDITED = 'lần xuất này chưa được ghi vào nhật ký của không gian làm việc, vì tệp chỉ cho đọc hoặc thuộc phiên bản cũ chưa được nâng cấp.';

async function draftSides(workspace: string, title: string | undefined, drafts: string[], docx: DocxRequest): Promise<Sides> {
  if (!title) throw usage('Thiếu --document <tiêu đề văn kiện>.');
  if (drafts.length !== 2) throw usage('Cần đúng hai dự thảo, ví dụ --drafts 3,4 hoặc --drafts 4,working.');
  const [a, b] = drafts.map(parseSide);
  const store = WorkspaceStore.openReadOnly(resolve(workspace));
  try {
    const document = store.getDocumentByTitle(title);
    const sides: Sides = { left: getDraft(store, document.id, a).blocks, right: getDraft(store, document.id, b).blocks, names: [sideName(a), sideName(b)], warnings: [] };
    if (docx.out !== null) {
      sides.file = await exportComparisonFile(store, document.id, { older: a, newer: b, author: docx.author }, 'cli');
      if (store.unrecorded.length) sides.warnings.push(UNAUDITED);
    }
    return sides;
  } finally {
    store.close();
  }
}

function parseSide(text: string): DraftSide {
  const trimmed = text.trim();
  if (trimmed === 'working') return 'working';
  if (/^c[1-9]\d{0,8}$/u.test(trimmed)) return trimmed as DraftSide;
  const number = Number(trimmed);
  if (!Number.isInteger(number) || number < 1) throw usage(`"${text}" không phải số dự thảo (1, 2, …), "working" hay bản lưu ("c1", "c2", …).`);
  return number;
}

const sideName = (side: DraftSide) => (side === 'working' ? 'bản đang soạn' : typeof side === 'string' ? `bản lưu ${side.slice(1)}` : `Dự thảo lần ${side}`);
const usage = (message: string) => new AppError('bad_request', `${message}\n${COMPARE_HELP}`);
