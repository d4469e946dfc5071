import { KEY_PARAM, PROTOCOL_HEADER, PROTOCOL_VERSION, RPC_PATH } from '../../shared/rpc/protocol.ts';
import { serverConnection } from './connection.ts';

/**
 * Whether the server still accepts this page's credentials. `refused` when an RPC answered 401
 * `unauthorized` or, after the sync socket failed, the probe did (the server was restarted with
 * a new key). Nothing of the page is thrown away meanwhile: the editor keeps its Y.Doc and its
 * unsent edits, and once a new address is pasted (`tradeNewAddress`) listeners are told, so the
 * sync socket reconnects at once and sends them.
 *
 * `headersTooLarge` when the probe was answered 431: the browser sends so many cookies for this
 * host (set by another page on it: cookies are not separated by port) that the server cannot read
 * any request; only clearing this site's cookies helps, and the page says so until a check
 * (`recheckCredentials`) is answered otherwise.
 *
 * Only a browser page can be refused this way: the desktop app's key comes from its preload and
 * changes only with the app, which reloads the window.
 */
export type CredentialState = 'accepted' | 'refused' | 'headersTooLarge';

let state: CredentialState = 'accepted';
let team = false;

/**
 * On a team server the credentials are a session: a refusal means "sign in again" (the account
 * gate shows its sign-in form over the page, which stays mounted), not a new access key.
 */
export function setTeamMode(): void {
  team = true;
}

export function isTeamMode(): boolean {
  return team;
}

/** Signed in again on a team server: listeners reconnect at once and send what was kept. */
export function signedInAgain(): void {
  set('accepted');
}
const listeners = new Set<(state: CredentialState) => void>();
let probing: Promise<void> | null = null;

export function credentialState(): CredentialState {
  return state;
}

/** Calls `listener` on every change; returns the function that stops it. */
export function onCredentialState(listener: (state: CredentialState) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function set(next: CredentialState): void {
  if (next === state) return;
  state = next;
  for (const listener of [...listeners]) listener(next);
}

/** An RPC reply said `unauthorized`. */
export function credentialsRefused(): void {
  if (serverConnection().secret === null) set('refused');
}

/**
 * The sync socket closed or could not open. A refused upgrade is a 401 before any WebSocket
 * exists, which a browser does not reveal, so ask the server with a cheap authenticated RPC.
 * At most one probe at a time; a network failure (server down) changes nothing.
 */
export function socketFailed(): Promise<void> {
  if (serverConnection().secret !== null) return Promise.resolve();
  probing ??= probe()
    .then((verdict) => {
      if (verdict !== 'unreachable') set(verdict);
    })
    .finally(() => (probing = null));
  return probing;
}

async function probe(): Promise<CredentialState | 'unreachable'> {
  const { baseUrl } = serverConnection();
  try {
    const response = await fetch(`${baseUrl}${RPC_PATH}session.check`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) },
      body: '{}',
    });
    if (response.ok) return 'accepted';
    if (response.status === 431) return 'headersTooLarge';
    const body = (await response.json().catch(() => ({}))) as { error?: { code?: string } };
    return response.status === 401 && body.error?.code === 'unauthorized' ? 'refused' : 'accepted';
  } catch {
    return 'unreachable';
  }
}

/** Asks the server again (the user has cleared this site's cookies); listeners hear what it says. */
export const recheckCredentials = (): Promise<void> => socketFailed();

/** Why a pasted address did not bring the page back. */
export type AddressProblem = { problem: 'noKey' } | { problem: 'otherServer'; origin: string } | { problem: 'wrongKey' } | { problem: 'unreachable' };

/**
 * Trades the key of an address the server printed for a new session cookie, with a fetch on
 * this origin (no navigation: the page and its unsent edits stay), then checks it is accepted.
 */
export async function tradeNewAddress(address: string): Promise<AddressProblem | null> {
  const { baseUrl } = serverConnection();
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return { problem: 'noKey' };
  }
  const key = url.searchParams.get(KEY_PARAM);
  if (!key) return { problem: 'noKey' };
  if (url.origin !== new URL(baseUrl).origin) return { problem: 'otherServer', origin: url.origin };
  try {
    // A right key answers 303 with the cookie (an opaque redirect here); a wrong one 401.
    const exchange = await fetch(`${baseUrl}/?${KEY_PARAM}=${encodeURIComponent(key)}`, { redirect: 'manual', credentials: 'same-origin', cache: 'no-store' });
    if (exchange.type !== 'opaqueredirect' && !exchange.ok) return { problem: 'wrongKey' };
  } catch {
    return { problem: 'unreachable' };
  }
  const verdict = await probe();
  if (verdict === 'unreachable') return { problem: 'unreachable' };
  set(verdict);
  return verdict === 'accepted' ? null : { problem: 'wrongKey' };
}
