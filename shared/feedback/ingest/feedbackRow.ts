/**
 * What a reader makes of one comment in a file, before it is attributed and stored: its text
 * and what the file said about it, with where it was (sheet and row, or paragraph; 1-based).
 */
export interface FeedbackRow {
  text: string;
  source: string | null;
  document: string | null;
  location: string | null;
  sheet: string | null;
  row: number | null;
  paragraph: number | null;
}

/** One cell as a spreadsheet reader gives it: merges undone and formulas replaced by their cached values. */
export interface SheetCell {
  text: string;
  /** For a cell inside a merged range (not its top-left): the row (1-based) of the range's first cell. */
  mergedFromRow: number | null;
  /** A formula whose cached value the file does not hold (saved by a program that does not compute). */
  formulaWithoutValue: boolean;
}

export interface SheetRow {
  /** 1-based, as the spreadsheet program shows it. */
  number: number;
  cells: SheetCell[];
}

export interface Sheet {
  /** The sheet's name; null for a CSV file or a .docx table. */
  name: string | null;
  rows: SheetRow[];
}
