/**
 * A CSV file as one sheet, parsed by Papa Parse (maintained; quotes, embedded line breaks and
 * the delimiter — comma, semicolon as Excel writes it in Vietnamese locales, tab — detected).
 */
import Papa from 'papaparse';
import type { Sheet } from '../../../shared/feedback/ingest/feedbackRow.ts';
import { FEEDBACK_LIMITS } from '../../../shared/feedback/limits.ts';
import { feedbackTooManyRows } from '../../../shared/feedback/feedbackErrors.ts';
import { decodeText } from './decodeText.ts';

export function readCsvSheet(bytes: Uint8Array, fileName: string): Sheet {
  const text = decodeText(bytes, fileName);
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimitersToGuess: [',', ';', '\t'] });
  if (parsed.data.length > FEEDBACK_LIMITS.rows) throw feedbackTooManyRows(fileName);
  return {
    name: null,
    rows: parsed.data.map((cells, i) => ({
      number: i + 1,
      cells: cells.slice(0, FEEDBACK_LIMITS.columns).map((value) => ({ text: value, mergedFromRow: null, formulaWithoutValue: false })),
    })),
  };
}
