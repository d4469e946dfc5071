import { plural, type Message } from '../../../i18n/plural/pluralMessage.ts';
import type { vi } from './vi.ts';

/** The English of ./vi.ts: the same keys, which the compiler checks (none missing, none extra). */
export const en = {
  'presence.here': plural('count', { one: '{count} other person has the document open', other: '{count} other people have the document open' }),
  'presence.inSection': 'In this section: {names}',
} satisfies Record<keyof typeof vi, Message>;
