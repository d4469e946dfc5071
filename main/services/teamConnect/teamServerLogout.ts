import { LOGOUT_PATH } from '../../../shared/rpc/protocol.ts';
import type { CertificatePin } from './CertificatePins.ts';
import { refusalOf } from './teamServerLogin.ts';
import { teamServerRequest } from './teamServerRequest.ts';

/** How long a logout may take before the desktop forgets the connection anyway: the person is waiting on the menu's answer. */
export const LOGOUT_TIMEOUT_MS = 5_000;

/**
 * Ends the session `cookie` holds on the team server (`POST /api/logout`, which the server
 * audits as `account.logout`), over teamServerRequest and its pin. Resolves once the server
 * said the session is over; throws its refusal (a locked account file), or a
 * TeamConnectFailure when it cannot be reached, in which case the session stays valid there.
 */
export async function logOutOfTeamServer(url: URL, cookie: string, pin: CertificatePin | undefined, timeoutMs = LOGOUT_TIMEOUT_MS): Promise<void> {
  const answer = await teamServerRequest(url, LOGOUT_PATH, '', pin, { cookie, timeoutMs });
  if (answer.status !== 200) throw refusalOf(answer.json, url, answer.status);
}
