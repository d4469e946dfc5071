import { anchorComment, indexDraft } from '../../shared/feedback/anchoring/index.ts';
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
}

/**
 * `vankien feedback anchor <comments file> --draft <draft file>`: each comment of a .csv/.xlsx
 * (header row named as committees write it, or `text`, `source`, `location`; a location column
 * counts as a reference), a .docx report or a .txt, anchored against the draft file, in input
 * order. Reads the two files; no workspace, nothing written.
 */
export async function anchorFileCommand(comments: { fileName: string; bytes: Uint8Array }, draftPath: string, json: boolean): Promise<void> {
  const read = await readFeedbackJob(comments);
  const index = indexDraft(await fileBlocks(draftPath, 'draft'), null);
  const rows: AnchoredRow[] = read.rows.map((row) => {
    const anchor = anchorComment(index, { text: row.text, location: row.location ?? undefined });
    const block = anchor ? index.blocks[index.indexOfId.get(anchor.blockIds[0])!] : null;
    return { text: row.text, source: row.source, anchor: block ? { number: block.number, text: block.text } : null, confidence: anchor?.confidence ?? 0 };
  });
  print(json, rows, () => rows.map((r, i) => `${i + 1}. ${r.anchor ? `→ ${r.anchor.number ?? `“${r.anchor.text.slice(0, 60)}”`} (${Math.round(r.confidence * 100)}%)` : '→ chưa gắn'}: ${r.text}`).join('\n'));
}
