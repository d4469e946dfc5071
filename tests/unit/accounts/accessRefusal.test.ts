import { describe, expect, it } from 'vitest';
import { ANY_ROLE_IN_WORKSPACE, DRAFTERS, SERVER_ADMINS, SIGNED_IN } from '../../../shared/accounts/access.ts';
import type { RoleGrants } from '../../../shared/accounts/roles.ts';
import { OWNER, type Member, writesText } from '../../../main/services/accounts/Caller.ts';
import { accessRefusal } from '../../../main/server/rpc/accessRefusal.ts';

const member = (grants: RoleGrants): Member => ({ kind: 'member', userId: 'u', name: 'an', displayName: 'An', initials: 'A', grants, sessionHash: 'h' });
const reviewerInA = member({ global: null, workspaces: { a: 'reviewer' } });
const drafterEverywhere = member({ global: 'drafter', workspaces: { b: 'compiler' } });
const admin = member({ global: 'admin', workspaces: {} });

describe('accessRefusal', () => {
  it.each([
    ['owner', OWNER, DRAFTERS, 'a', true],
    ['owner', OWNER, SERVER_ADMINS, undefined, true],
    ['reviewer in a', reviewerInA, ANY_ROLE_IN_WORKSPACE, 'a', true],
    ['reviewer in a', reviewerInA, DRAFTERS, 'a', false],
    ['reviewer in a', reviewerInA, ANY_ROLE_IN_WORKSPACE, 'b', false],
    ['reviewer in a', reviewerInA, SIGNED_IN, undefined, true],
    ['reviewer in a', reviewerInA, SERVER_ADMINS, undefined, false],
    ['drafter everywhere', drafterEverywhere, DRAFTERS, 'z', true],
    ['drafter everywhere (compiler in b)', drafterEverywhere, DRAFTERS, 'b', false],
    ['admin', admin, SERVER_ADMINS, undefined, true],
    ['admin', admin, DRAFTERS, 'a', false],
    ['admin', admin, ANY_ROLE_IN_WORKSPACE, 'a', true],
  ])('%s, %o in %s → allowed: %s', (_who, caller, access, workspaceId, allowed) => {
    const refusal = accessRefusal(access, caller, workspaceId);
    expect(refusal === null).toBe(allowed);
    if (refusal) expect(refusal.code).toBe('forbidden');
  });

  it('makes the sync socket writable for drafters and the owner only', () => {
    expect(writesText(OWNER, 'a')).toBe(true);
    expect(writesText(drafterEverywhere, 'a')).toBe(true);
    expect(writesText(drafterEverywhere, 'b')).toBe(false);
    expect(writesText(reviewerInA, 'a')).toBe(false);
    expect(writesText(admin, 'a')).toBe(false);
  });
});
