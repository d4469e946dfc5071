import { documentId } from './documentContract.ts';
import { workspaceId } from './workspaceContract.ts';

/**
 * Wire facts shared by server and renderer. Bump PROTOCOL_VERSION when a change would break an
 * older renderer; the server refuses older renderers with close code PROTOCOL_TOO_OLD.
 */
export const PROTOCOL_VERSION = 1;
export const RPC_PATH = '/api/rpc/';
export const SYNC_PATH = '/sync';
/**
 * Every server's session cookie is called `vk_session_<id>`, the id being the server's own (kept in
 * its data folder, main/server/serverCookieName.ts): cookies belong to a host, not to a port, so
 * one fixed name would let a second server on the same host overwrite the first one's session.
 */
export const SESSION_COOKIE_PREFIX = 'vk_session_';
/** The shape of a server's id in its cookie's name. */
export const SESSION_COOKIE_ID = /^[0-9a-f]{12}$/;
/** A session cookie in a Cookie or Set-Cookie header: its name (group 1) and value (group 2). */
export const SESSION_COOKIE_PAIR = /\b(vk_session_[0-9a-f]{12})=([^;\s]*)/;
/** Query parameter that carries the secret in the URL the server prints; exchanged for a cookie. */
export const KEY_PARAM = 'k';
/** Header a renderer sends with every RPC call and on the sync socket URL. */
export const PROTOCOL_HEADER = 'x-vankien-protocol';

/** The Hocuspocus document name of a workspace document. */
export function syncDocumentName(workspaceId: string, documentId: string): string {
  return `${workspaceId}/${documentId}`;
}

/**
 * The workspace and document a sync document name stands for, checked by the same rules as the
 * RPC's `workspaceId` and `documentId`; null for anything else (`../`, absolute paths, a second
 * `/`, NUL, escapes). A name is never a path: the server still resolves the workspace id
 * through its own registry.
 */
export function parseSyncDocumentName(name: string): { workspaceId: string; documentId: string } | null {
  const parts = name.split('/');
  if (parts.length !== 2) return null;
  const [workspace, document] = parts;
  if (!workspaceId.safeParse(workspace).success || !documentId.safeParse(document).success) return null;
  return { workspaceId: workspace, documentId: document };
}

/** A team server's sign-in endpoints (JSON over POST, outside the RPC: they make and end sessions). */
export const LOGIN_PATH = '/api/login';
export const LOGOUT_PATH = '/api/logout';
/** The one-time creation of the first admin with the setup code the server printed. */
export const SETUP_PATH = '/api/setup';
/** GET, without a session: `{mode: 'team', setupNeeded}` (a local server answers as any unauthorised request). */
export const TEAM_PATH = '/api/team';

/**
 * The stateless message a document's sync socket carries when its comment threads changed
 * (server → clients, after the change is committed). It says only that: each client then asks
 * `comment.list`, with its own rights, so the socket carries no comment text.
 */
export const COMMENTS_CHANGED = 'vankien:comments-changed';

/**
 * The stateless message a document's sync socket carries when its suggestions changed (made,
 * accepted, rejected), after the change is committed; as COMMENTS_CHANGED, each client then asks
 * `suggestion.list` with its own rights.
 */
export const SUGGESTIONS_CHANGED = 'vankien:suggestions-changed';
