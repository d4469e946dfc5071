import { plural, type Message } from '../../i18n/plural/pluralMessage.ts';
import type { vi } from './vi.ts';

/** The English of ./vi.ts: the same keys, which the compiler checks (none missing, none extra). */
export const en = {
  'documents.heading': 'Documents',
  'documents.empty': 'This workspace has no documents yet.',
  'documents.new': 'New document',
  'documents.title': 'Document title',
  'documents.titlePlaceholder': 'E.g. Political Report',
  'documents.kind': 'Kind',
  'documents.rename': 'Rename',
  'documents.delete': 'Delete',
  'documents.deleteConfirm': 'Delete "{title}"? It moves to the workspace trash (below the list), from where it can be restored with its drafts and history.',
  'documents.trash': plural('count', { one: 'Trash ({count} deleted document)', other: 'Trash ({count} deleted documents)' }),
  'documents.trash.deleted': 'Deleted {when}',
  'documents.trash.restore': 'Restore',
  'documents.updated': 'Last changed {when}',
  'documents.kind.political_report': 'Political report',
  'documents.kind.review_report': 'Review report',
  'documents.kind.resolution': 'Resolution',
  'documents.kind.action_programme': 'Action programme',
  'documents.kind.other': 'Other document',
  'documents.import.button': 'Import from file (.docx, .txt, .md)',
  'documents.import.busy': 'Importing…',
  'documents.import.warnings': 'Imported, with notes',
  'documents.import.openDocument': 'Open document',
  'documents.import.close': 'Close',
} satisfies Record<keyof typeof vi, Message>;
