import type { vi } from './vi.ts';

/** The English of ./vi.ts: the same keys, which the compiler checks (none missing, none extra). */
export const en = {
  'identity.button': 'You: {name}. Click to change your display name',
  'identity.buttonTeam': 'You: {name} (name set by an administrator)',
  'identity.title': 'Your name',
  'identity.intro': 'This name is shown beside your cursor when others edit with you, and recorded as who froze a draft and who made each change in a comparison.',
  'identity.name': 'Display name',
  'identity.initials': 'Initials (leave empty to take them from the name)',
  'identity.save': 'Save',
  'identity.busy': 'Saving…',
  'identity.teamNote': 'On a team server, your name is set by an administrator.',
} satisfies Record<keyof typeof vi, string>;
