/**
 * Why the desktop could not talk to a team server, by kind, so the dialog says it in its own
 * language (renderer/teamConnect/messages, `teamConnect.failure.<kind>`) instead of Node's or the
 * desktop's sentence. Decided from Node's error codes (`error.code`), never from their text.
 */
export const TEAM_FAILURES = ['refused', 'dns', 'timeout', 'unreachable', 'reset', 'certificate', 'tls', 'no_certificate', 'not_team_server', 'network'] as const;

export type TeamFailure = (typeof TEAM_FAILURES)[number];

const BY_CODE: Record<string, TeamFailure> = {
  ECONNREFUSED: 'refused',
  ENOTFOUND: 'dns',
  EAI_AGAIN: 'dns',
  EAI_FAIL: 'dns',
  EAI_NONAME: 'dns',
  ETIMEDOUT: 'timeout',
  ESOCKETTIMEDOUT: 'timeout',
  EHOSTUNREACH: 'unreachable',
  ENETUNREACH: 'unreachable',
  EHOSTDOWN: 'unreachable',
  ENETDOWN: 'unreachable',
  EADDRNOTAVAIL: 'unreachable',
  ECONNRESET: 'reset',
  ECONNABORTED: 'reset',
  EPIPE: 'reset',
  // An https address answered by a plain-http server, or a handshake the two sides cannot agree on.
  EPROTO: 'tls',
};

/** OpenSSL's and Node's codes for a certificate the connection does not trust (expired, self-signed, another name…). */
const CERTIFICATE_CODE = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|ERR_TLS_CERT/;

/** The kind of a failed connection, from Node's `error.code` ('network' when the code says nothing known). */
export function teamFailureOf(code: string | undefined): TeamFailure {
  if (!code) return 'network';
  if (BY_CODE[code]) return BY_CODE[code];
  if (CERTIFICATE_CODE.test(code)) return 'certificate';
  if (/^ERR_SSL_|^ERR_TLS_/.test(code)) return 'tls';
  return 'network';
}
