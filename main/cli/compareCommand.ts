import { resolve } from 'node:path';
import { type CliChange, type CliComparison, toCliJson } from '../../shared/compare/cliJson.ts';
import { compareBlocks } from '../../shared/compare/compareBlocks.ts';
import type { NumberedBlock } from '../../shared/document/flatBlock.ts';
import { AppError } from '../../shared/errors.ts';
import type { DraftSide } from '../../shared/rpc/draftContract.ts';
import { fileBlocks } from './fileBlocks.ts';
import { COMPARE_HELP } from './helpTexts.ts';
import { print } from './output.ts';
import { parseCommandArgs } from './parseCommandArgs.ts';

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
    },
  }, COMPARE_HELP);
  const sides = values.workspace
    ? await draftSides(values.workspace, values.document, values.drafts?.split(',') ?? positionals)
    : fileSides(positionals);
  const result = toCliJson(compareBlocks(sides.left, sides.right));
  if (!values.all) result.changes = result.changes.filter((c) => c.op !== 'equal');
  print(values.json ?? false, result, () => humanSummary(sides.names, result));
}

interface Sides {
  left: NumberedBlock[];
  right: NumberedBlock[];
  names: [string, string];
}

function fileSides(paths: string[]): Sides {
  if (paths.length !== 2) throw usage('Cần đúng hai tệp để so sánh.');
  return { left: fileBlocks(resolve(paths[0]), 'a'), right: fileBlocks(resolve(paths[1]), 'b'), names: [paths[0], paths[1]] };
}

async function draftSides(workspace: string, title: string | undefined, drafts: string[]): Promise<Sides> {
  if (!title) throw usage('Thiếu --document <tiêu đề văn kiện>.');
  if (drafts.length !== 2) throw usage('Cần đúng hai dự thảo, ví dụ --drafts 3,4 hoặc --drafts 4,working.');
  const [a, b] = drafts.map(parseSide);
  // The workspace's code (SQLite, Yjs) loads only for drafts: comparing two files does not need it.
  const { draftBlocks } = await import('./draftBlocks.ts');
  const [left, right] = draftBlocks(resolve(workspace), title, [a, b]);
  return { left, right, names: [sideName(a), sideName(b)] };
}

function parseSide(text: string): DraftSide {
  const trimmed = text.trim();
  if (trimmed === 'working') return 'working';
  const number = Number(trimmed);
  if (!Number.isInteger(number) || number < 1) throw usage(`"${text}" không phải số dự thảo (1, 2, …) hay "working".`);
  return number;
}

const sideName = (side: DraftSide) => (side === 'working' ? 'bản đang soạn' : `Dự thảo lần ${side}`);
const usage = (message: string) => new AppError('bad_request', `${message}\n${COMPARE_HELP}`);

const OP_LABEL: Record<CliChange['op'], string> = {
  equal: 'giữ nguyên', modified: 'sửa', inserted: 'thêm', deleted: 'xoá', moved: 'di chuyển', split: 'tách', merged: 'gộp',
};
const CLASS_LABEL: Record<string, string> = { substantive: 'nội dung', number: 'số liệu', orthography: 'chính tả', punctuation: 'dấu câu' };

/** A few lines a person can read: the counts, then each change with its words marked [-…-] {+…+}. */
function humanSummary(names: [string, string], result: CliComparison): string {
  const s = result.stats;
  const lines = [
    `So sánh ${names[0]} → ${names[1]}`,
    `Giữ nguyên ${s.equal} · sửa ${s.modified} · thêm ${s.inserted} · xoá ${s.deleted} · di chuyển ${s.moved}`,
  ];
  for (const c of result.changes) {
    const where = [c.left?.number, c.right?.number].filter(Boolean).join(' → ');
    const tag = `${OP_LABEL[c.op]}${c.class ? `, ${CLASS_LABEL[c.class]}` : ''}`;
    lines.push(`- [${tag}]${where ? ` ${where}` : ''}: ${excerpt(c)}`);
  }
  return lines.join('\n');
}

function excerpt(c: CliChange): string {
  const last = c.tokens.length - 1;
  const marked = c.tokens.length
    ? c.tokens.map((t, i) => (t.op === 'equal' ? shorten(t.text, i === 0, i === last) : t.op === 'delete' ? `[-${t.text}-]` : `{+${t.text}+}`)).join('')
    : (c.right ?? c.left)?.text ?? '';
  const flat = marked.replace(/\s+/gu, ' ');
  return flat.length > 240 ? `${flat.slice(0, 240)}…` : flat;
}

/** Long unchanged text around a change, cut to the words next to it. */
function shorten(text: string, first: boolean, last: boolean): string {
  if (text.length <= 80) return text;
  if (first && last) return `${text.slice(0, 77)}…`;
  if (first) return `…${text.slice(-40)}`;
  if (last) return `${text.slice(0, 40)}…`;
  return `${text.slice(0, 30)} … ${text.slice(-30)}`;
}
