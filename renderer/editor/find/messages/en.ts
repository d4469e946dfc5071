import { plural, type Message } from '../../../i18n/plural/pluralMessage.ts';
import type { vi } from './vi.ts';

/** The English of ./vi.ts: the same keys, which the compiler checks (none missing, none extra). */
export const en = {
  'find.open': 'Find',
  'find.openHint': 'Find and replace (Ctrl+F, Ctrl+H)',
  'find.title': 'Find and replace',
  'find.query': 'Find',
  'find.placeholder': 'Find in the document',
  'find.none': 'Not found',
  'find.total': plural('total', { one: '{total} result', other: '{total} results' }),
  'find.previous': 'Previous result (Shift+Enter, Shift+F3)',
  'find.next': 'Next result (Enter, F3)',
  'find.ignoreDiacritics': 'Ignore diacritics',
  'find.ignoreDiacriticsHint': 'With or without diacritics: "phat trien" also finds "phát triển". When off, case and tone-mark placement still do not matter ("hoà" finds "hòa").',
  'find.replaceToggle': 'Replace…',
  'find.replaceToggleHint': 'Show the replace box (Ctrl+H)',
  'find.replacement': 'Replace with',
  'find.replacePlaceholder': 'Replace with',
  'find.replaceOne': 'Replace',
  'find.replaceAll': 'Replace all',
  'find.replaced': plural('count', { one: 'Replaced {count} occurrence.', other: 'Replaced {count} occurrences.' }),
  'find.wholeSyllables': 'Replacing matches whole words only.',
  'find.close': 'Close (Esc)',
} satisfies Record<keyof typeof vi, Message>;
