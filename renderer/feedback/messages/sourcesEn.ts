import { plural, type Message } from '../../i18n/plural/pluralMessage.ts';
import type { sourcesVi } from './sourcesVi.ts';

/** The English of ./sourcesVi.ts; spread into ./en.ts. */
export const sourcesEn = {
  'feedback.sources.aliases': 'Other names',
  'feedback.sources.aliasPlaceholder': 'ĐB phường …, P. …',
  'feedback.sources.aliasAdd': 'Add the name',
  'feedback.sources.aliasRemove': 'Remove the name “{alias}”',
  'feedback.sources.level': 'Level',
  'feedback.sources.parent': 'Parent organisation',
  'feedback.sources.noParent': '(none)',
  'feedback.sources.edit': 'Edit',
  'feedback.sources.editOf': 'Edit the source “{name}”',
  'feedback.sources.delete': 'Delete',
  'feedback.sources.confirmDelete': 'Delete the source “{name}” from the list? A source with comments or subordinate sources cannot be deleted.',
  'feedback.sources.keys': 'Enter saves, Esc cancels.',
  'feedback.sources.attributed': plural('count', { one: '{count} comment whose source was unclear is now attributed by the new list.', other: '{count} comments whose source was unclear are now attributed by the new list.' }),
} satisfies Record<keyof typeof sourcesVi, Message>;
