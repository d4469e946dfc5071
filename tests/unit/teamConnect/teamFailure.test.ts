import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/teamConnect/messages/en.ts';
import { vi } from '../../../renderer/teamConnect/messages/vi.ts';
import { TEAM_FAILURES, teamFailureOf } from '../../../shared/teamConnect/teamFailure.ts';

describe('teamFailureOf', () => {
  it.each([
    ['ECONNREFUSED', 'refused'],
    ['ENOTFOUND', 'dns'],
    ['EAI_AGAIN', 'dns'],
    ['ETIMEDOUT', 'timeout'],
    ['EHOSTUNREACH', 'unreachable'],
    ['ENETUNREACH', 'unreachable'],
    ['ECONNRESET', 'reset'],
    ['EPIPE', 'reset'],
    ['EPROTO', 'tls'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'certificate'],
    ['SELF_SIGNED_CERT_IN_CHAIN', 'certificate'],
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'certificate'],
    ['UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'certificate'],
    ['CERT_HAS_EXPIRED', 'certificate'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'certificate'],
    ['ERR_SSL_WRONG_VERSION_NUMBER', 'tls'],
    ['ERR_TLS_HANDSHAKE_TIMEOUT', 'tls'],
    ['EWHATEVER', 'network'],
    [undefined, 'network'],
  ] as const)('calls Node’s %s a %s failure', (code, failure) => {
    expect(teamFailureOf(code)).toBe(failure);
  });

  it('has a sentence for every kind in Vietnamese and in English, each naming the host', () => {
    for (const failure of TEAM_FAILURES) {
      for (const messages of [vi, en] as Record<string, string>[]) expect(messages[`teamConnect.failure.${failure}`]).toContain('{host}');
    }
  });
});
