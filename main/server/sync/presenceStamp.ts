import type { Extension, beforeHandleAwarenessPayload } from '@hocuspocus/server';
import type { Person } from '../../../shared/presence/PresenceUser.ts';
import { personColour } from '../../../shared/presence/personColour.ts';
import { stampPresence } from '../../../shared/presence/stampPresence.ts';
import { actorOf, type Caller } from '../../services/accounts/Caller.ts';
import { log } from '../../log/logger.ts';
import type { SyncContext } from './syncContext.ts';

/**
 * Presence is the server's word on who is who (stampPresence): before an awareness update from
 * a client is applied or broadcast, its states are stamped with the person of the connection's
 * session (a team member's display name, the local owner's own) and the colour of its account
 * (personColour of actorOf: the key a suggestion's `author` holds), and the
 * states it claims for client ids another connection holds are dropped. Hocuspocus applies what
 * the hook leaves in `states` (it re-encodes the scratch awareness after `beforeHandleAwareness`).
 * Runs before awarenessLimits, so the limits count what is stored.
 */
export function presenceStamp(personOf: (caller: Caller) => Person): Extension {
  return {
    async beforeHandleAwareness({ states, document, connection, context }: beforeHandleAwarenessPayload<SyncContext>) {
      if (!connection || !context?.caller) return; // the server's own direct connections set no presence
      const heldByOther = (clientId: number) => {
        for (const [other, entry] of document.connections) if (other !== connection && entry.clients.has(clientId)) return true;
        return false;
      };
      const person = personOf(context.caller);
      const user = { name: person.displayName, initials: person.initials, color: personColour(actorOf(context.caller)) };
      const dropped = stampPresence(states, user, heldByOther);
      if (dropped.length > 0) log.warn('sync', `dropped ${dropped.length} presence state(s) claiming another client's id`);
    },
  };
}
