import { plural, type Message } from '../../i18n/plural/pluralMessage.ts';
import type { vi } from './vi.ts';

/** The English of ./vi.ts: the same keys, which the compiler checks (none missing, none extra). */
export const en = {
  'workspaces.heading': 'Workspaces',
  'workspaces.empty': 'No workspace yet. Create one for your congress document set.',
  'workspaces.new': 'New workspace',
  'workspaces.name': 'Workspace name',
  'workspaces.namePlaceholder': 'E.g. 17th City Party Congress',
  'workspaces.unreadable': 'Cannot open {file}: {message}',
  'workspaces.folder': 'Workspaces live in the folder {dir}. Copy a .vkws file there to open it.',
  'workspaces.serverFolder': 'Workspaces live in the server’s data folder. The server’s administrator copies a .vkws file there to open it.',
  'workspaces.documents': plural('count', { one: '{count} document', other: '{count} documents' }),
  'workspaces.pick': 'Pick a workspace on the left.',
  'workspaces.feedback': 'Feedback →',
} satisfies Record<keyof typeof vi, Message>;
