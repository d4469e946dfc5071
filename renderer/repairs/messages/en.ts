import type { vi } from './vi.ts';

/** The English of ./vi.ts: the same keys, which the compiler checks (none missing, none extra). */
export const en = {
  'repairs.notice': 'This document had invalid content, repaired when it was opened: {summary}; the original content is kept.',
  'repairs.frozenNotice': 'This version has invalid content, repaired for display: {summary}. The original is kept unchanged.',
  'repairs.show': 'Show what was kept',
  'repairs.hide': 'Hide details',
  'repairs.dismiss': 'Got it',
  'repairs.download': 'Download the original content (.json)',
  'repairs.at': 'Repaired at {when}',
  'repairs.where': 'block {n}',
  'repairs.was': 'before: {value}',
  'repairs.now': 'after: {value}',
  'repairs.kind.attribute': '{count} invalid attributes',
  'repairs.kind.id': '{count} invalid block ids',
  'repairs.kind.wrapped': '{count} text outside a block',
  'repairs.kind.unknown_node': '{count} unknown block types',
  'repairs.kind.misplaced': '{count} misplaced blocks',
  'repairs.kind.mark': '{count} invalid formatting marks',
  'repairs.kind.filled': '{count} empty blocks',
  'repairs.kind.unreadable': '{count} unreadable blocks',
  'repairs.kind.numbering': '{count} invalid numbering schemes',
} satisfies Record<keyof typeof vi, string>;
