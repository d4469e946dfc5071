import type { vi } from './vi.ts';

/** The English of ./vi.ts: the same keys, which the compiler checks (none missing, none extra). */
export const en = {
  'app.name': 'Văn Kiện Studio',
  'app.language': 'Language',
} satisfies Record<keyof typeof vi, string>;
