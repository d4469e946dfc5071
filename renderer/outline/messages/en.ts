import type { vi } from './vi.ts';

/** The English of ./vi.ts: the same keys, which the compiler checks (none missing, none extra). */
export const en = {
  'outline.title': 'Outline',
  'outline.empty': 'No parts, sections or headings yet.',
  'outline.dropEnd': 'Drop here to move to the end',
  'outline.untitled': '(untitled)',
  'outline.promote': 'Promote the section one level (Alt+←)',
  'outline.demote': 'Demote the section one level (Alt+→)',
} satisfies Record<keyof typeof vi, string>;
