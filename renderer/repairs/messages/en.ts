import { plural, type Message } from '../../i18n/plural/pluralMessage.ts';
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
  'repairs.kind.attribute': plural('count', { one: '{count} invalid attribute', other: '{count} invalid attributes' }),
  'repairs.kind.id': plural('count', { one: '{count} invalid block id', other: '{count} invalid block ids' }),
  'repairs.kind.wrapped': plural('count', { one: '{count} text outside a block', other: '{count} texts outside a block' }),
  'repairs.kind.unknown_node': plural('count', { one: '{count} unknown block type', other: '{count} unknown block types' }),
  'repairs.kind.misplaced': plural('count', { one: '{count} misplaced block', other: '{count} misplaced blocks' }),
  'repairs.kind.mark': plural('count', { one: '{count} invalid formatting mark', other: '{count} invalid formatting marks' }),
  'repairs.kind.filled': plural('count', { one: '{count} empty block', other: '{count} empty blocks' }),
  'repairs.kind.unreadable': plural('count', { one: '{count} unreadable block', other: '{count} unreadable blocks' }),
  'repairs.kind.numbering': plural('count', { one: '{count} invalid numbering scheme', other: '{count} invalid numbering schemes' }),
} satisfies Record<keyof typeof vi, Message>;
