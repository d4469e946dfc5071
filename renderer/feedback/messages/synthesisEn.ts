import type { synthesisVi } from './synthesisVi.ts';

/** The English of ./synthesisVi.ts. */
export const synthesisEn = {
  'feedback.synthesis.button': 'Export synthesis report (.docx)',
  'feedback.synthesis.busy': 'Writing the report…',
  'feedback.synthesis.title': 'The synthesis report of the feedback on a document’s draft, section by section, with the annex table (.docx in the 36-HD layout)',
  'feedback.synthesis.document': 'Document of the synthesis report',
  'feedback.synthesis.draft': 'Draft number (empty: the latest draft with feedback)',
  'feedback.synthesis.noDocument': 'There is no document to report on yet.',
} satisfies Record<keyof typeof synthesisVi, string>;
