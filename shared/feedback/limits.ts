/**
 * Limits of a comment file, in one place (as shared/import/limits.ts for documents). A file past
 * one is refused with `file_too_large` / `file_too_complex` before it is parsed; a row past
 * `itemCharacters` is reported and skipped. The largest real return we know is a ward's 569
 * comments on one document (a few hundred KB); a national round's export is ~100,000 rows.
 */
const MiB = 1024 * 1024;

export const FEEDBACK_LIMITS = {
  /** One uploaded comment file. */
  fileBytes: 20 * MiB,
  /** Rows (or paragraphs) read from one file, all sheets together. */
  rows: 200_000,
  /** Columns read from one sheet. */
  columns: 200,
  /** Characters of one comment. */
  itemCharacters: 20_000,
  /** Files in one import from the panel or the command line. */
  filesPerImport: 200,
  /** Sources in the registry file. */
  sources: 20_000,
} as const;
