import { describe, expect, it } from 'vitest';
import type { Accounts } from '../../../main/services/accounts/Accounts.ts';
import { displayNameOf } from '../../../main/services/accounts/displayNameOf.ts';

/** The one part of Accounts it reads: users by account name, counting the look-ups. */
function accountsWith(users: Record<string, string>) {
  const asked: string[] = [];
  const accounts = { store: { userByName: (name: string) => (asked.push(name), name in users ? { name, displayName: users[name] } : null) } } as unknown as Accounts;
  return { accounts, asked };
}

describe('the names people read for who did something', () => {
  it('gives a team member’s display name, looking each account up once', () => {
    const { accounts, asked } = accountsWith({ an: 'Nguyễn Văn An', chi: 'Lê Thị Chi' });
    const nameOf = displayNameOf(accounts);
    expect(['an', 'chi', 'an', 'an'].map(nameOf)).toEqual(['Nguyễn Văn An', 'Lê Thị Chi', 'Nguyễn Văn An', 'Nguyễn Văn An']);
    expect(asked).toEqual(['an', 'chi']);
  });

  it('keeps the account name of an account this server does not have (deleted, or from another server)', () => {
    expect(displayNameOf(accountsWith({}).accounts)('binh')).toBe('binh');
    expect(displayNameOf(null)('binh')).toBe('binh');
  });

  it('gives no name for a local server’s owner, who has no account, on either kind of server', () => {
    expect(displayNameOf(null)('local')).toBeNull();
    const { accounts, asked } = accountsWith({ local: 'Không phải chủ máy' });
    expect(displayNameOf(accounts)('local')).toBeNull();
    expect(asked).toEqual([]);
  });
});
