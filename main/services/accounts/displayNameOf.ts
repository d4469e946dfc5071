import type { Accounts } from './Accounts.ts';
import { actorOf, OWNER } from './Caller.ts';

/**
 * Turns the names records keep of who did something (`decidedBy`, an audit entry's actor) into
 * the names people read: a team account's display name; the account name itself when no account
 * of this server has it (deleted, or the workspace came from another server); null for a local
 * server's owner, who has no account: it was this person, in another window or tab, and the
 * renderer says so in its own words. Each name is looked up once per reader.
 */
export function displayNameOf(accounts: Accounts | null): (actor: string) => string | null {
  const owner = actorOf(OWNER);
  const seen = new Map<string, string | null>();
  return (actor) => {
    if (actor === owner) return null;
    let name = seen.get(actor);
    if (name === undefined) {
      name = accounts?.store.userByName(actor)?.displayName ?? actor;
      seen.set(actor, name);
    }
    return name;
  };
}
