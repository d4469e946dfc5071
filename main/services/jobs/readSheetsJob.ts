/** The sheets of an .xlsx or .csv file as plain cells (a registry of sources); reads, writes nothing. */
import type { Sheet } from '../../../shared/feedback/ingest/feedbackRow.ts';
import { feedbackUnsupported } from '../../../shared/feedback/feedbackErrors.ts';
import { readCsvSheet } from './readCsvSheet.ts';
import { feedbackFormatOf } from './readFeedbackJob.ts';
import { readXlsxSheets } from './readXlsxSheets.ts';

export async function readSheetsJob({ bytes, fileName }: { bytes: Uint8Array; fileName: string }): Promise<Sheet[]> {
  const format = feedbackFormatOf(bytes, fileName);
  if (format === 'xlsx') return readXlsxSheets(bytes, fileName);
  if (format === 'csv') return [readCsvSheet(bytes, fileName)];
  throw feedbackUnsupported(fileName); // a report (.docx) or plain text has no sheets
}
