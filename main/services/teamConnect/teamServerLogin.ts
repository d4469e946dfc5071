import { AppError, type ErrorPayload } from '../../../shared/errors.ts';
import { LOGIN_PATH, SESSION_COOKIE_PAIR } from '../../../shared/rpc/protocol.ts';
import type { CertificatePin } from './CertificatePins.ts';
import { teamServerRequest } from './teamServerRequest.ts';

/** A sign-in that landed: the session cookie ("vk_session_<id>=…", under the server's own name) and the server's reply. */
export interface TeamSignIn {
  cookie: string;
  reply: unknown;
}

/**
 * Signs in to a team server (`POST /api/login`) over teamServerRequest: with a pin, only the
 * pinned certificate is trusted, and nothing is sent to another. The server's refusals (wrong
 * password, rate limit, locked account file) come back as its own AppError.
 */
export async function signInToTeamServer(url: URL, name: string, password: string, pin: CertificatePin | undefined): Promise<TeamSignIn> {
  const answer = await teamServerRequest(url, LOGIN_PATH, JSON.stringify({ name, password }), pin);
  const cookie = SESSION_COOKIE_PAIR.exec(String(answer.headers['set-cookie'] ?? ''));
  if (answer.status === 200 && cookie && cookie[2] !== '') return { cookie: `${cookie[1]}=${cookie[2]}`, reply: answer.json };
  throw refusalOf(answer.json, url, answer.status);
}

/** The server's own refusal in a reply's `{error: {code, message}}`, else one naming the status. */
export function refusalOf(json: unknown, url: URL, status: number): AppError {
  const error = (json as { error?: ErrorPayload } | null)?.error;
  return error ? new AppError(error.code, error.message) : new AppError('internal', `Máy chủ ${url.origin} trả lời ${status}.`);
}
