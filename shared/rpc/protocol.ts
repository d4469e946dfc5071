/**
 * Wire facts shared by server and renderer. Bump PROTOCOL_VERSION when a change would break an
 * older renderer; the server refuses older renderers with close code PROTOCOL_TOO_OLD.
 */
export const PROTOCOL_VERSION = 1;
export const RPC_PATH = '/api/rpc/';
export const SYNC_PATH = '/sync';
export const SESSION_COOKIE = 'vk_session';
/** Query parameter that carries the secret in the URL the server prints; exchanged for a cookie. */
export const KEY_PARAM = 'k';
/** Header a renderer sends with every RPC call and on the sync socket URL. */
export const PROTOCOL_HEADER = 'x-vankien-protocol';

/** The Hocuspocus document name of a workspace document. */
export function syncDocumentName(workspaceId: string, documentId: string): string {
  return `${workspaceId}/${documentId}`;
}

export function parseSyncDocumentName(name: string): { workspaceId: string; documentId: string } | null {
  const slash = name.lastIndexOf('/');
  if (slash <= 0) return null;
  return { workspaceId: name.slice(0, slash), documentId: name.slice(slash + 1) };
}
