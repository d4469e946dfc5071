import { randomBytes, timingSafeEqual } from 'node:crypto';

/** Crockford's base32, without the letters that read as digits (I, L, O, U). */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A one-time setup code: 12 characters (60 random bits) in three groups, e.g. "7K2Q-9XMV-T3RB". */
export function newSetupCode(): string {
  const bytes = randomBytes(12);
  const chars = [...bytes].map((b) => ALPHABET[b & 31]);
  return `${chars.slice(0, 4).join('')}-${chars.slice(4, 8).join('')}-${chars.slice(8).join('')}`;
}

/** Whether `typed` is `code`, ignoring case, spaces and dashes; constant time over equal lengths. */
export function setupCodeMatches(typed: string, code: string): boolean {
  const a = Buffer.from(typed.toUpperCase().replace(/[\s-]/g, ''));
  const b = Buffer.from(code.replace(/-/g, ''));
  return a.length === b.length && timingSafeEqual(a, b);
}
