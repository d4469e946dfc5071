import { plural, type Message } from '../../i18n/plural/pluralMessage.ts';
import type { bulkVi } from './bulkVi.ts';

/** The English of ./bulkVi.ts (spread into ./en.ts). */
export const bulkEn = {
  'feedback.bulk.selected': plural('count', { one: '{count} comment selected', other: '{count} comments selected' }),
  // Phrased so that no word agrees with the number.
  'feedback.bulk.capped': 'Comments in the filter: {total}; at most the first {count} can be selected at once.',
  'feedback.bulk.selecting': 'Selecting every comment of the filter…',
  'feedback.bulk.clear': 'Clear the selection (Esc)',
  'feedback.bulk.check': 'Select this comment',
  'feedback.bulk.keys': 'Space selects or unselects a comment, Shift+↑/↓ selects adjacent rows, Ctrl+A selects every comment of the filter, Esc clears the selection.',
  'feedback.bulk.tag': 'Add a theme:',
  'feedback.bulk.tagged': plural('added', { one: 'Theme “{name}” added to {added} comment; {already} already had it.', other: 'Theme “{name}” added to {added} comments; {already} already had it.' }),
  'feedback.bulk.status': 'Status',
  'feedback.bulk.keepStatus': '— keep as it is —',
  'feedback.bulk.response': 'Shared answer',
  'feedback.bulk.responsePlaceholder': 'Shared answer (left empty, each comment keeps its own answer)',
  'feedback.bulk.apply': plural('count', { one: 'Apply to {count} comment', other: 'Apply to {count} comments' }),
  'feedback.bulk.nothing': 'Choose a status or write an answer.',
  'feedback.bulk.reading': 'Reading the comments’ current decisions…',
  'feedback.bulk.decided': plural('decided', { one: '{decided} comment updated.', other: '{decided} comments updated.' }),
  'feedback.bulk.conflicts': plural('count', {
    one: '{count} comment was not updated because it was decided elsewhere meanwhile ({who}); review it and apply again if you still want to.',
    other: '{count} comments were not updated because they were decided elsewhere meanwhile ({who}); review them and apply again if you still want to.',
  }),
  'feedback.bulk.anotherWindow': 'another window',
  'feedback.bulk.missing': plural('count', { one: '{count} comment is no longer in the workspace and was not updated.', other: '{count} comments are no longer in the workspace and were not updated.' }),
  'feedback.cluster.answer': 'Answer the whole cluster',
  'feedback.cluster.answerClose': 'Close',
} satisfies Record<keyof typeof bulkVi, Message>;
