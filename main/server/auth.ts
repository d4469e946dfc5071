import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/**
 * Who may talk to the workspace server: a request carrying the access key, either as
 * `Authorization: Bearer <key>` (desktop preload, CLI, tests) or as the session cookie (`cookieName`, the server's own) that
 * the server set when the printed URL was opened (browser). Pure functions, table-tested.
 * Nothing here throws on what a client sent: a malformed header is an answer, not an exception.
 */

/** How a request stands: let in, or why not (each maps to one reply). */
export type Verdict = 'ok' | 'foreign_origin' | 'malformed_cookie' | 'unauthorized';

export interface Credentials {
  /** Every key the request offers: the Bearer token and each session cookie that decodes. */
  keys: string[];
  /** A session cookie whose value is not valid percent-encoding. */
  malformed: boolean;
}

export function credentialsOf(headers: IncomingHttpHeaders, cookieName: string): Credentials {
  const keys: string[] = [];
  const auth = headers.authorization;
  if (auth?.startsWith('Bearer ')) keys.push(auth.slice(7).trim());
  const cookies = cookieValues(headers.cookie, cookieName);
  for (const value of cookies.values) keys.push(value);
  return { keys, malformed: cookies.malformed };
}

/**
 * The decoded values of every cookie called `name` (a browser may hold several, e.g. one
 * planted by another page on the same host with another path), and whether one did not decode.
 */
export function cookieValues(cookieHeader: string | undefined, name: string): { values: string[]; malformed: boolean } {
  const values: string[] = [];
  let malformed = false;
  for (const part of (cookieHeader ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0 || part.slice(0, eq).trim() !== name) continue;
    const decoded = percentDecoded(part.slice(eq + 1).trim());
    if (decoded === null) malformed = true;
    else values.push(decoded);
  }
  return { values, malformed };
}

/** `decodeURIComponent` without the exception: null for text that is not valid percent-encoding. */
export function percentDecoded(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** Constant-time comparison, so the key cannot be guessed byte by byte from timings. */
export function secretMatches(given: string | null, secret: string): boolean {
  if (given === null) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * A request's Origin is acceptable when absent (not a browser: CLI, tests, Node clients still
 * need the key) or equal to one of the server's own origins. A page from any other origin,
 * even with the cookie, is refused: that is what stops cross-site requests and sockets.
 */
export function originAllowed(origin: string | undefined, allowed: readonly string[]): boolean {
  if (origin === undefined) return true;
  return allowed.includes(origin);
}

/**
 * The one decision for HTTP requests and socket upgrades alike. A malformed cookie is refused
 * as such only when no other credential of the request is the key, so a cookie planted by
 * another page cannot lock out a client that also holds the right one.
 */
export function authorize(headers: IncomingHttpHeaders, secret: string, allowedOrigins: readonly string[], cookieName: string): Verdict {
  if (!originAllowed(headers.origin, allowedOrigins)) return 'foreign_origin';
  const { keys, malformed } = credentialsOf(headers, cookieName);
  if (keys.some((key) => secretMatches(key, secret))) return 'ok';
  return malformed ? 'malformed_cookie' : 'unauthorized';
}
