import type { IncomingHttpHeaders } from 'node:http';
import type { Accounts } from '../services/accounts/Accounts.ts';
import { OWNER, type Caller } from '../services/accounts/Caller.ts';
import { authorize, originAllowed, type Verdict } from './auth.ts';
import type { SessionCookie } from './SessionCookie.ts';

/** Who a request is, with the cookie to set when its session got a new id; or why it is refused. */
export type Identified = { caller: Caller; setCookie?: string } | { refusal: Exclude<Verdict, 'ok'> };

/**
 * The way in, one for each mode of the server. A local gate lets in whoever holds the access key
 * (the owner); a team gate whoever's session cookie is a live session of an enabled account.
 * Both refuse a foreign Origin first. `rotate`: an HTTP request may be handed a new session id
 * (after a role change), a socket upgrade cannot.
 */
export interface Gate {
  readonly team: boolean;
  /** This server's session cookie: the one name it reads, sets and clears. */
  readonly cookie: SessionCookie;
  /** Whether the request's Origin (when it has one) may talk to this server at all. */
  originAllowed(headers: IncomingHttpHeaders): boolean;
  identify(headers: IncomingHttpHeaders, rotate: boolean): Identified;
}

export function localGate(secret: string, origins: readonly string[], cookie: SessionCookie): Gate {
  return {
    team: false,
    cookie,
    originAllowed: (headers) => originAllowed(headers.origin, origins),
    identify(headers) {
      const verdict = authorize(headers, secret, origins, cookie.name);
      return verdict === 'ok' ? { caller: OWNER } : { refusal: verdict };
    },
  };
}

/** A browser sends one session cookie; a request with more is looked up for at most this many (a cookie flood costs nothing). */
const MAX_SESSION_COOKIES = 8;

export function teamGate(accounts: Accounts, origins: readonly string[], secure: boolean, cookie: SessionCookie): Gate {
  return {
    team: true,
    cookie,
    originAllowed: (headers) => teamOriginAllowed(headers, origins, secure),
    identify(headers, rotate) {
      if (!teamOriginAllowed(headers, origins, secure)) return { refusal: 'foreign_origin' };
      const { values, malformed } = cookie.valuesOf(headers.cookie);
      for (const value of values.slice(0, MAX_SESSION_COOKIES)) {
        const found = accounts.authenticate(value, rotate);
        if (found) return { caller: found.member, setCookie: found.newId ? cookie.set(found.newId, secure) : undefined };
      }
      return { refusal: malformed ? 'malformed_cookie' : 'unauthorized' };
    },
  };
}

/**
 * A team server is reached by names the server cannot know (`vankien.office.lan`, its LAN
 * address), so a browser's Origin may also be the address it asked for (`Host`). A page of
 * another site that rebinds its own name to this server gets no cookie of this server's name,
 * so it can call nothing that needs a session.
 */
export function teamOriginAllowed(headers: IncomingHttpHeaders, origins: readonly string[], secure: boolean): boolean {
  if (originAllowed(headers.origin, origins)) return true;
  return headers.host !== undefined && headers.origin === `${secure ? 'https' : 'http'}://${headers.host}`;
}
