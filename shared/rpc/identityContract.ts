import { z } from 'zod';
import { SIGNED_IN } from '../accounts/access.ts';
import { displayName, initials } from './accountFields.ts';
import { method } from './method.ts';

/** Who the caller is, as presence, attribution, drafts and tracked changes name them. */
export const person = z.object({ displayName: z.string(), initials: z.string() });

/**
 * The identity slice of the RPC contract. `identity.me` answers the caller's name and initials:
 * on a team server the account's (set by an admin, so `editable` is false), on a local server the
 * one person's own, kept in the data folder (by default the operating system account's full
 * name). `identity.set` changes the local person's; on a team server it is `forbidden`.
 */
export const identityContract = {
  'identity.me': method(z.object({}), person.extend({ editable: z.boolean() }), SIGNED_IN),
  'identity.set': method(z.object({ displayName, initials: initials.optional() }).strict(), person, SIGNED_IN),
};
