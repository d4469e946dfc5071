/**
 * A CSV file as one sheet, parsed by Papa Parse (maintained; quotes and embedded line breaks).
 * The delimiter — comma, semicolon as Excel writes it in Vietnamese locales, or tab — is the
 * one the first line (the header) has most of outside quotes: Papa's own guess took a quoted
 * semicolon-separated file as one column.
 */
import Papa from 'papaparse';
import type { Sheet } from '../../../shared/feedback/ingest/feedbackRow.ts';
import { FEEDBACK_LIMITS } from '../../../shared/feedback/limits.ts';
import { feedbackTooManyRows } from '../../../shared/feedback/feedbackErrors.ts';
import { decodeText } from './decodeText.ts';

function delimiterOf(text: string): string {
  const firstLine = text.split(/\r\n|\r|\n/u, 1)[0].replace(/"[^"]*"/gu, '');
  const count = (d: string) => firstLine.split(d).length - 1;
  return [',', ';', '\t'].reduce((best, d) => (count(d) > count(best) ? d : best), ',');
}

export function readCsvSheet(bytes: Uint8Array, fileName: string): Sheet {
  const text = decodeText(bytes, fileName);
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter: delimiterOf(text) });
  if (parsed.data.length > FEEDBACK_LIMITS.rows) throw feedbackTooManyRows(fileName);
  return {
    name: null,
    rows: parsed.data.map((cells, i) => ({
      number: i + 1,
      cells: cells.slice(0, FEEDBACK_LIMITS.columns).map((value) => ({ text: value, mergedFromRow: null, formulaWithoutValue: false })),
    })),
  };
}
