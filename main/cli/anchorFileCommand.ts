import { anchorComment, indexDraft } from '../../shared/feedback/anchoring/index.ts';
import { inInputOrder } from '../../shared/feedback/ingest/inInputOrder.ts';
import type { RowProblemCode } from '../../shared/feedback/model.ts';
import { readFeedbackJob } from '../services/jobs/readFeedbackJob.ts';
import { fileBlocks } from './fileBlocks.ts';
import { print } from './output.ts';

export interface AnchoredRow {
  text: string;
  source: string | null;
  /** The first block it is anchored to: its number as the draft shows it, and its text; null when not anchored. */
  anchor: { number: string | null; text: string } | null;
  /** 0 when not anchored (anchoring was not sure enough: the comment is for a person). */
  confidence: number;
  /**
   * Only on a row that gave no comment (no text, a merged or formula cell, a text too long): why,
   * in Vietnamese with its row number. Such a row has text '', source null, anchor null, confidence 0,
   * so the list keeps one entry per row of the file, in its order.
   */
  problem?: { code: RowProblemCode; reason: string };
}

/**
 * `vankien feedback anchor <comments file> --draft <draft file>`: each comment of a .csv/.xlsx
 * (header row named as committees write it, or `text`, `source`, `location`; a location column
 * counts as a reference), a .docx report or a .txt, anchored against the draft file, in input
 * order. A row that gives no comment keeps its place as an entry with `problem` (never dropped);
 * a problem about a whole sheet (no text column) goes to stderr. Reads the two files; no
 * workspace, nothing written.
 */
export async function anchorFileCommand(comments: { fileName: string; bytes: Uint8Array }, draftPath: string, json: boolean): Promise<void> {
  const read = await readFeedbackJob(comments);
  const index = indexDraft(await fileBlocks(draftPath, 'draft'), null);
  const { entries, general } = inInputOrder(read.sheets, read.rows, read.problems);
  const rows: AnchoredRow[] = entries.map(({ row, problem }) => {
    if (!row) return { text: '', source: null, anchor: null, confidence: 0, problem: { code: problem.code, reason: problem.reason } };
    const anchor = anchorComment(index, { text: row.text, location: row.location ?? undefined });
    const block = anchor ? index.blocks[index.indexOfId.get(anchor.blockIds[0])!] : null;
    return { text: row.text, source: row.source, anchor: block ? { number: block.number, text: block.text } : null, confidence: anchor?.confidence ?? 0 };
  });
  // Not rows: said apart, so stdout stays one entry per row.
  for (const problem of general) process.stderr.write(`Cảnh báo: ${problem.reason}\n`);
  print(json, rows, () => rows.map((r, i) => `${i + 1}. ${lineOf(r)}`).join('\n'));
}

function lineOf(r: AnchoredRow): string {
  if (r.problem) return `→ bỏ qua: ${r.problem.reason}`;
  return `${r.anchor ? `→ ${r.anchor.number ?? `“${r.anchor.text.slice(0, 60)}”`} (${Math.round(r.confidence * 100)}%)` : '→ chưa gắn'}: ${r.text}`;
}
