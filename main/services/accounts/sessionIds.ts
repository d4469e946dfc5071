import { createHash, randomBytes } from 'node:crypto';

/** A new session id: 256 random bits, base64url (what the cookie holds). */
export function newSessionId(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * What is stored of a session id: its SHA-256. A copy of the account file (a backup) then lets
 * no one sign in as anyone; ids are random, so no salt or slow hash is needed.
 */
export function sessionHash(id: string): string {
  return createHash('sha256').update(id).digest('base64url');
}

/** A session id as a client may send it: 43 base64url characters. Anything else is not looked up. */
export function isSessionIdShape(text: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(text);
}
