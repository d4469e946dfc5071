import { createContext, useContext } from 'react';
import type { AccountSummary } from '../../shared/rpc/accountContract.ts';

/** Who is signed in on a team server (null on a local server: one person, no accounts). */
export type SignedInMember = Pick<AccountSummary, 'name' | 'displayName' | 'initials' | 'grants'>;

export const MemberContext = createContext<SignedInMember | null>(null);

export function useMember(): SignedInMember | null {
  return useContext(MemberContext);
}
