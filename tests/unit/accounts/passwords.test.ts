import { describe, expect, it } from 'vitest';
import { hashPassword, needsRehash, PASSWORD_PARAMS, phcParams, verifyPassword } from '../../../main/services/accounts/passwords.ts';

describe('password hashes', () => {
  it('are argon2id PHC strings with the OWASP parameters and a fresh salt each time', async () => {
    const a = await hashPassword('Mật khẩu dài đủ');
    const b = await hashPassword('Mật khẩu dài đủ');
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(a).not.toBe(b);
    expect(PASSWORD_PARAMS).toEqual({ m: 19456, t: 2, p: 1 });
  });

  it('verify the password they were made from and no other (NFC and NFD are different passwords)', async () => {
    const phc = await hashPassword('hoà bình 2025');
    expect(await verifyPassword('hoà bình 2025', phc)).toBe(true);
    expect(await verifyPassword('hoà bình 2026', phc)).toBe(false);
    expect(await verifyPassword('hoà bình 2025'.normalize('NFD'), phc)).toBe(false);
  });

  it.each([
    ['', 'empty'],
    ['$argon2i$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA', 'another algorithm'],
    ['$argon2id$v=19$m=0,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA', 'memory below 8 KiB per lane'],
    ['$argon2id$v=19$m=19456,t=0,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA', 'no passes'],
    ['scrypt:abc', 'not PHC'],
  ])('a stored string that cannot be read (%s: %s) verifies nothing and needs a rehash', async (phc) => {
    expect(await verifyPassword('x', phc)).toBe(false);
    expect(needsRehash(phc)).toBe(true);
  });

  it.each([
    [{ m: 19456, t: 2, p: 1 }, false],
    [{ m: 65536, t: 3, p: 1 }, false],
    [{ m: 8192, t: 2, p: 1 }, true],
    [{ m: 19456, t: 1, p: 1 }, true],
  ])('made with %o needs a rehash under the current parameters: %s', async (params, expected) => {
    const phc = await hashPassword('mật khẩu', params);
    expect(phcParams(phc)).toBe(`m=${params.m},t=${params.t},p=${params.p}`);
    expect(needsRehash(phc)).toBe(expected);
  });
});
