import type { Person } from '../../../shared/presence/PresenceUser.ts';
import type { Caller } from '../accounts/Caller.ts';
import type { LocalIdentity } from './LocalIdentity.ts';

/** The person a caller is: a team member's account name and initials, or the local owner's own. */
export function personOf(caller: Caller, local: LocalIdentity): Person {
  return caller.kind === 'member' ? { displayName: caller.displayName, initials: caller.initials } : local.get();
}
