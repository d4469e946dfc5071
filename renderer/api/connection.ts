import type { VankienBridge } from '../../shared/bridge.ts';
import { PROTOCOL_VERSION, SYNC_PATH } from '../../shared/rpc/protocol.ts';

declare global {
  interface Window {
    vankien?: VankienBridge;
  }
}

/** Where the workspace server is and how to prove who we are; the renderer never knows more. */
export interface ServerConnection {
  baseUrl: string;
  /** Present in the desktop app (from the preload); in a browser the session cookie is used. */
  secret: string | null;
}

export function serverConnection(): ServerConnection {
  const bridge = window.vankien;
  if (bridge) return { baseUrl: bridge.serverUrl, secret: bridge.secret };
  return { baseUrl: location.origin, secret: null };
}

export function syncUrl(connection: ServerConnection): string {
  return `${connection.baseUrl.replace(/^http/, 'ws')}${SYNC_PATH}?v=${PROTOCOL_VERSION}`;
}
