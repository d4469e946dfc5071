import type { PresenceUser } from './PresenceUser.ts';

/**
 * Rewrites the awareness states one connection sent before anyone sees them, in place:
 * - a state for a client id another connection holds is dropped (nobody can appear as, or
 *   move the cursor of, someone else);
 * - every other state that is an object gets `user` = the connection's person as the server
 *   knows them: name, initials and colour (presenceStamp gives personColour of the account, the
 *   colour their suggestions are drawn in). Whatever name, initials or colour the client wrote
 *   is gone: a colour the client chose, even a palette one, would draw the person apart from
 *   their suggestions.
 * Returns the client ids dropped.
 */
export function stampPresence(states: Map<number, unknown>, user: PresenceUser, heldByOther: (clientId: number) => boolean): number[] {
  const dropped: number[] = [];
  for (const [clientId, state] of states) {
    if (heldByOther(clientId)) {
      states.delete(clientId);
      dropped.push(clientId);
      continue;
    }
    if (typeof state !== 'object' || state === null || Array.isArray(state)) continue;
    states.set(clientId, { ...state, user });
  }
  return dropped;
}
