/**
 * The messages of the export buttons, in Vietnamese (the source language). Every key starts with
 * `export.`; en.ts has the same keys.
 */
export const vi = {
  'export.docx': 'Xuất .docx',
  'export.txt': 'Xuất .txt',
  'export.print': 'In / PDF',
} as const;
