import { useEffect, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { personColour } from '../../../shared/presence/personColour.ts';
import { useMember } from '../../accounts/member.ts';
import { IdentityDialog } from '../../identity/IdentityDialog.tsx';
import { useIdentity } from '../../identity/identity.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Avatar } from './Avatar.tsx';
import type { RemotePerson } from './usePresence.ts';

/**
 * The top bar's "who is here": an avatar for each other person in the document (once each, however
 * many windows they have open), then this person's own, which opens the "who you are" dialog.
 * This page's presence says its name and colour (personColour); the server stamps both anyway.
 */
export function PresenceBar({ awareness, people }: { awareness: Awareness | null; people: readonly RemotePerson[] }) {
  const { t } = useI18n();
  const identity = useIdentity();
  // The server's key for this person (a suggestion's `author`): the account name, 'local' on a local server.
  const account = useMember()?.name ?? 'local';
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    if (awareness && identity) awareness.setLocalStateField('user', { name: identity.displayName, initials: identity.initials, color: personColour(account) });
  }, [awareness, identity, account]);
  const others = people.filter((person, index) => people.findIndex((other) => other.key === person.key) === index);
  const me = identity && { name: identity.displayName, initials: identity.initials, color: personColour(account) };
  return (
    <div className="presence-bar" data-testid="presence-bar" aria-label={t('presence.here', { count: others.length })}>
      {others.map((person) => (
        <Avatar key={person.key} user={person.user} />
      ))}
      {me && (
        <button
          type="button"
          className="presence-me"
          onClick={() => setEditing(true)}
          title={t(identity.editable ? 'identity.button' : 'identity.buttonTeam', { name: me.name })}
          data-testid="identity-button"
        >
          <Avatar user={me} size="large" />
        </button>
      )}
      {editing && identity && <IdentityDialog identity={identity} onClose={() => setEditing(false)} />}
    </div>
  );
}
