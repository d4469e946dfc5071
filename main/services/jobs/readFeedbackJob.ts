/**
 * A comment file read into rows (shared/feedback/ingest): .xlsx (ExcelJS), .csv (Papa Parse),
 * .docx (the document importer's reader: one .docx reader in the project) and .txt or pasted
 * text. Decided by the first bytes, then the name. Reads and builds; writes nothing, so it runs
 * in a worker like the other jobs. A whole-file failure is an AppError; row problems are listed.
 */
import type { ColumnMapping } from '../../../shared/feedback/ingest/columnRoles.ts';
import type { FeedbackRow, Sheet } from '../../../shared/feedback/ingest/feedbackRow.ts';
import { rowsOfReport } from '../../../shared/feedback/ingest/rowsOfReport.ts';
import { rowsOfSheet } from '../../../shared/feedback/ingest/rowsOfSheet.ts';
import { rowsOfText } from '../../../shared/feedback/ingest/rowsOfText.ts';
import { limitItems } from '../../../shared/feedback/ingest/limitItems.ts';
import { FEEDBACK_LIMITS } from '../../../shared/feedback/limits.ts';
import type { FeedbackFormat, RowProblem } from '../../../shared/feedback/model.ts';
import { feedbackEmpty, feedbackEncrypted, feedbackTooLarge, feedbackTooManyRows, feedbackUnsupported } from '../../../shared/feedback/feedbackErrors.ts';
import { readDocx } from '../../../shared/import/index.ts';
import { sniffContainer } from '../../../shared/import/sniff.ts';
import { readCsvSheet } from './readCsvSheet.ts';
import { decodeText } from './decodeText.ts';
import { readXlsxSheets } from './readXlsxSheets.ts';

export interface ReadFeedbackInput {
  bytes: Uint8Array;
  fileName: string;
  /** The preview's column mapping, applied to every sheet; the headers' own otherwise. */
  mapping?: ColumnMapping;
}

export interface ReadFeedbackOutput {
  format: FeedbackFormat;
  /** The first sheet's header texts and mapping (what the preview shows); empty for a report or text. */
  headers: string[];
  mapping: ColumnMapping | null;
  rows: FeedbackRow[];
  problems: RowProblem[];
  /** The sheets' names in file order ([null] for a CSV file, a report or text): where rows and problems are (inInputOrder). */
  sheets: (string | null)[];
}

/**
 * Which reader a comment file (or a sources registry) needs, by its first bytes then its name;
 * an empty, oversized, encrypted or unknown file is refused with its AppError.
 */
export function feedbackFormatOf(bytes: Uint8Array, fileName: string): FeedbackFormat {
  if (bytes.byteLength === 0) throw feedbackEmpty(fileName);
  if (bytes.byteLength > FEEDBACK_LIMITS.fileBytes) throw feedbackTooLarge(fileName, bytes.byteLength);
  const ext = /\.([a-z0-9]+)$/iu.exec(fileName)?.[1]?.toLowerCase();
  const container = sniffContainer(bytes);
  if (container === 'ole-encrypted') throw feedbackEncrypted(fileName);
  if (container === 'zip' && (ext === 'xlsx' || ext === 'docx')) return ext;
  if (container === 'other' && ext === 'csv') return 'csv';
  if (container === 'other' && (ext === 'txt' || ext === undefined)) return 'text';
  throw feedbackUnsupported(fileName);
}

function fromSheets(sheets: Sheet[], format: FeedbackFormat, mapping: ColumnMapping | undefined): ReadFeedbackOutput {
  const out: ReadFeedbackOutput = { format, headers: [], mapping: null, rows: [], problems: [], sheets: sheets.map((sheet) => sheet.name) };
  sheets.forEach((sheet, i) => {
    const read = rowsOfSheet(sheet, mapping);
    if (i === 0 || out.mapping === null) { out.headers = read.headers; out.mapping = read.mapping; }
    out.rows.push(...read.rows);
    out.problems.push(...read.problems);
  });
  return out;
}

export async function readFeedbackJob({ bytes, fileName, mapping }: ReadFeedbackInput): Promise<ReadFeedbackOutput> {
  const format = feedbackFormatOf(bytes, fileName);
  let out: ReadFeedbackOutput;
  if (format === 'xlsx') out = fromSheets(await readXlsxSheets(bytes, fileName), format, mapping);
  else if (format === 'csv') out = fromSheets([readCsvSheet(bytes, fileName)], format, mapping);
  else if (format === 'docx') {
    const report = rowsOfReport(readDocx(bytes, fileName).doc, mapping);
    const limited = limitItems(report.rows);
    out = { format, headers: [], mapping: null, rows: limited.rows, problems: [...report.problems, ...limited.problems], sheets: [null] };
  } else out = { format, headers: [], mapping: null, ...limitItems(rowsOfText(decodeText(bytes, fileName), null)), sheets: [null] };
  if (out.rows.length > FEEDBACK_LIMITS.rows) throw feedbackTooManyRows(fileName);
  return out;
}
