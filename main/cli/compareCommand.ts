import { writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { toCliJson } from '../../shared/compare/cliJson.ts';
import { compareBlocks } from '../../shared/compare/compareBlocks.ts';
import type { NumberedBlock } from '../../shared/document/flatBlock.ts';
import { AppError } from '../../shared/errors.ts';
import type { DraftSide } from '../../shared/rpc/draftContract.ts';
import type { ExportedFile } from '../services/jobs/exportJobs.ts';
import { type ComparisonOutput, humanSummary } from './compareSummary.ts';
import { fileBlocks } from './fileBlocks.ts';
import { COMPARE_HELP } from './helpTexts.ts';
import { print } from './output.ts';
import { parseCommandArgs } from './parseCommandArgs.ts';

const DEFAULT_AUTHOR = 'Tiểu ban Văn kiện';

/** `vankien compare`: two files or two drafts, straight on the files (no server needed). */
export async function compareCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseCommandArgs({
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
  }, COMPARE_HELP);
  const out = values.docx === undefined ? null : resolve(values.docx);
  if (out !== null && !out.toLowerCase().endsWith('.docx')) throw usage(`--docx cần tên tệp .docx, không phải "${values.docx}".`);
  const docx = { out, author: values.author || DEFAULT_AUTHOR };
  const sides = values.workspace
    ? await draftSides(values.workspace, values.document, values.drafts?.split(',') ?? positionals, docx)
    : await fileSides(positionals, docx);
  const result: ComparisonOutput = toCliJson(compareBlocks(sides.left, sides.right), { equal: values.all });
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

export interface DocxRequest {
  out: string | null;
  author: string;
}

async function fileSides(paths: string[], docx: DocxRequest): Promise<Sides> {
  if (paths.length !== 2) throw usage('Cần đúng hai tệp để so sánh.');
  const sides: Sides = { left: await fileBlocks(resolve(paths[0]), 'a'), right: await fileBlocks(resolve(paths[1]), 'b'), names: [paths[0], paths[1]], warnings: [] };
  if (docx.out !== null) {
    // The export's code loads only when a .docx is asked for.
    const [{ exportComparisonJob }, { readInputFile }] = await Promise.all([import('../services/jobs/exportComparisonJob.ts'), import('./readInputFile.ts')]);
    const [older, newer] = paths.map((p) => readInputFile(resolve(p)));
    const title = `So sánh ${older.fileName} → ${newer.fileName}`;
    const input = { older: { file: older, side: 'a' as const }, newer: { file: newer, side: 'b' as const }, fileName: basename(docx.out), title, author: docx.author, date: new Date().toISOString() };
    sides.file = exportComparisonJob(input);
  }
  return sides;
}

async function draftSides(workspace: string, title: string | undefined, drafts: string[], docx: DocxRequest): Promise<Sides> {
  if (!title) throw usage('Thiếu --document <tiêu đề văn kiện>.');
  if (drafts.length !== 2) throw usage('Cần đúng hai dự thảo, ví dụ --drafts 3,4 hoặc --drafts 4,working.');
  const [a, b] = drafts.map(parseSide);
  // The workspace's code (SQLite, Yjs) loads only for drafts: comparing two files does not need it.
  const { draftComparison } = await import('./draftBlocks.ts');
  const read = await draftComparison(resolve(workspace), title, [a, b], docx);
  return { ...read, names: [sideName(a), sideName(b)] };
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
