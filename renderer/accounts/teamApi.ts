import type { ErrorPayload } from '../../shared/errors.ts';
import type { LoginReply } from '../../shared/rpc/loginRequests.ts';
import { LOGIN_PATH, LOGOUT_PATH, SETUP_PATH, TEAM_PATH } from '../../shared/rpc/protocol.ts';
import { serverConnection } from '../api/connection.ts';
import { RpcError } from '../api/rpcClient.ts';

/**
 * The team server's sign-in endpoints (outside the RPC: they make and end sessions). A local
 * server (desktop, `serve` without --team) has none: `teamStatus` answers null there.
 */
export async function teamStatus(): Promise<{ setupNeeded: boolean } | null> {
  if (serverConnection().secret !== null) return null; // the desktop app's own server is local
  try {
    const response = await fetch(`${serverConnection().baseUrl}${TEAM_PATH}`, { credentials: 'same-origin', cache: 'no-store' });
    if (!response.ok) return null;
    const body = (await response.json()) as { mode?: string; setupNeeded?: boolean };
    return body.mode === 'team' ? { setupNeeded: body.setupNeeded === true } : null;
  } catch {
    return null;
  }
}

export const login = (name: string, password: string) => post<LoginReply>(LOGIN_PATH, { name, password });

export const setup = (input: { code: string; name: string; displayName: string; password: string }) => post<LoginReply>(SETUP_PATH, input);

export const logout = () => post<{ ok: true }>(LOGOUT_PATH, {});

async function post<T>(path: string, body: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${serverConnection().baseUrl}${path}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch (error) {
    throw new RpcError({ code: 'network', message: (error as Error).message });
  }
  const reply = (await response.json().catch(() => ({}))) as T & { error?: ErrorPayload };
  if (!response.ok || reply.error) throw new RpcError(reply.error ?? { code: 'internal', message: `HTTP ${response.status}` });
  return reply;
}
