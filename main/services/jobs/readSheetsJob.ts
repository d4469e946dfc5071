/** The sheets of an .xlsx or .csv file as plain cells (a registry of sources); reads, writes nothing. */
import type { Sheet } from '../../../shared/feedback/ingest/feedbackRow.ts';
import { FEEDBACK_LIMITS } from '../../../shared/feedback/limits.ts';
import { feedbackEmpty, feedbackEncrypted, feedbackTooLarge, feedbackUnsupported } from '../../../shared/feedback/feedbackErrors.ts';
import { sniffContainer } from '../../../shared/import/sniff.ts';
import { readCsvSheet } from './readCsvSheet.ts';
import { readXlsxSheets } from './readXlsxSheets.ts';

export async function readSheetsJob({ bytes, fileName }: { bytes: Uint8Array; fileName: string }): Promise<Sheet[]> {
  if (bytes.byteLength === 0) throw feedbackEmpty(fileName);
  if (bytes.byteLength > FEEDBACK_LIMITS.fileBytes) throw feedbackTooLarge(fileName, bytes.byteLength);
  const container = sniffContainer(bytes);
  if (container === 'ole-encrypted') throw feedbackEncrypted(fileName);
  if (container === 'zip' && /\.xlsx$/iu.test(fileName)) return readXlsxSheets(bytes, fileName);
  if (container === 'other' && /\.csv$/iu.test(fileName)) return [readCsvSheet(bytes, fileName)];
  throw feedbackUnsupported(fileName);
}
