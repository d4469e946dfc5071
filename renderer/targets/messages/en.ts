import { plural, type Message } from '../../i18n/plural/pluralMessage.ts';
import type { vi } from './vi.ts';

/** The English of ./vi.ts: the same keys, which the compiler checks (none missing, none extra). */
export const en = {
  'targets.open': 'Targets table',
  'targets.title': 'Targets table',
  'targets.close': 'Close',
  'targets.count': plural('count', { one: '{count} target', other: '{count} targets' }),
  'targets.figureCount': plural('count', { one: '{count} figure', other: '{count} figures' }),
  'targets.empty': 'The document has no targets yet. Turn a block into a target with Ctrl+Alt+T.',
  'targets.number': 'No.',
  'targets.text': 'Target',
  'targets.figure': 'Figure',
  'targets.value': 'Value',
  'targets.unit': 'Unit',
  'targets.qualifiers': 'Qualifiers',
  'targets.year': 'Year',
  'targets.jump': 'Go to this target in the text',
  'targets.noFigures': 'No figures',
  'targets.editFigure': 'Edit figure {figure}',
  'targets.q.at-least': 'or more',
  'targets.q.more-than': 'more than',
  'targets.q.at-most': 'at most',
  'targets.q.less-than': 'less than',
  'targets.q.about': 'about',
  'targets.q.average': 'average',
  'targets.q.aim': 'aim',
  'targets.q.annual': 'every year',
} satisfies Record<keyof typeof vi, Message>;
