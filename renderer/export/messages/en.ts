import type { vi } from './vi.ts';

/** The English of ./vi.ts: the same keys, which the compiler checks (none missing, none extra). */
export const en = {
  'export.docx': 'Export .docx',
  'export.txt': 'Export .txt',
  'export.print': 'Print / PDF',
} satisfies Record<keyof typeof vi, string>;
