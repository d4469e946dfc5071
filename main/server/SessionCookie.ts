import { cookieValues } from './auth.ts';

/**
 * The session cookie of one server, under that server's own name (`vk_session_<id>`,
 * serverCookieName.ts). A browser keeps cookies per host, not per port: two servers on one
 * host that shared a name would overwrite each other's session. What stays true: every header
 * this writes is `HttpOnly; SameSite=Strict; Path=/`, with `Secure` when asked (over TLS), and
 * every read of a request's cookie goes through `valuesOf`, so writers and readers use one name.
 */
export class SessionCookie {
  readonly name: string;

  constructor(name: string) {
    this.name = name;
  }

  /** The Set-Cookie that gives the browser `value` (percent-encoded). */
  set(value: string, secure: boolean): string {
    return `${this.name}=${encodeURIComponent(value)}; HttpOnly; SameSite=Strict; Path=/${secure ? '; Secure' : ''}`;
  }

  /** The Set-Cookie that removes it (a logout, a malformed value). */
  cleared(secure: boolean): string {
    return `${this.name}=; Max-Age=0; HttpOnly; SameSite=Strict; Path=/${secure ? '; Secure' : ''}`;
  }

  /** The decoded values of this cookie in a request's Cookie header, and whether one did not decode. */
  valuesOf(cookieHeader: string | undefined): { values: string[]; malformed: boolean } {
    return cookieValues(cookieHeader, this.name);
  }
}
