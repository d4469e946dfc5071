import type { vi } from './vi.ts';

/** The English of ./vi.ts: the same keys, which the compiler checks (none missing, none extra). */
export const en = {
  'synopsis.open': 'Across all drafts',
  'synopsis.heading': 'Synopsis across drafts',
  'synopsis.loading': 'Loading draft {done}/{total}…',
  'synopsis.pick': 'Pick a paragraph, section or target',
  'synopsis.search': 'Type a few words or a number…',
  'synopsis.pickHint': 'Pick a block on the left to follow it through the drafts.',
  'synopsis.notFound': 'This block is in none of the drafts.',
  'synopsis.absent': '(not in this draft)',
  'synopsis.first': 'First version',
  'synopsis.unchanged': 'Unchanged',
  'synopsis.workingNow': 'Now, not yet frozen',
  'synopsis.changedSinceDraft': 'Changed since draft {n} ({kind})',
  'synopsis.unchangedSinceDraft': 'Unchanged since draft {n}',
  'synopsis.changedBy': 'Changed by {author} ({kind})',
  'synopsis.targets': 'Targets across drafts',
  'synopsis.noTargets': 'The drafts have no targets.',
  'synopsis.type.section': 'Section',
  'synopsis.type.target': 'Target',
  'synopsis.type.paragraph': 'Paragraph',
} satisfies Record<keyof typeof vi, string>;
