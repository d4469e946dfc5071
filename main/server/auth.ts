import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { SESSION_COOKIE } from '../../shared/rpc/protocol.ts';

/**
 * Who may talk to the workspace server: a request carrying the per-launch secret, either as
 * `Authorization: Bearer <secret>` (desktop preload, CLI, tests) or as the session cookie that
 * the server set when the printed URL was opened (browser). Pure functions, table-tested.
 */
export function credentialOf(headers: IncomingHttpHeaders): string | null {
  const auth = headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim();
  return cookieValue(headers.cookie, SESSION_COOKIE);
}

export function cookieValue(cookieHeader: string | undefined, name: string): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return null;
}

/** Constant-time comparison, so the secret cannot be guessed byte by byte from timings. */
export function secretMatches(given: string | null, secret: string): boolean {
  if (given === null) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * A request's Origin is acceptable when absent (not a browser: CLI, tests, Node clients still
 * need the secret) or equal to one of the server's own origins. A page from any other origin,
 * even with the cookie, is refused: that is what stops cross-site requests and sockets.
 */
export function originAllowed(origin: string | undefined, allowed: readonly string[]): boolean {
  if (origin === undefined) return true;
  return allowed.includes(origin);
}

export function isAuthorized(headers: IncomingHttpHeaders, secret: string, allowedOrigins: readonly string[]): boolean {
  return originAllowed(headers.origin, allowedOrigins) && secretMatches(credentialOf(headers), secret);
}
