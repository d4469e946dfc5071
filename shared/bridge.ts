/**
 * What the desktop preload exposes to the renderer as `window.vankien`. In a browser (serve
 * mode) there is no bridge: the renderer talks to the origin it was loaded from, with the
 * session cookie. The preload ends with `satisfies VankienBridge`, so both sides agree.
 */
import type { PinnedServer, TeamLeft, TeamProbe, TeamReply } from './teamConnect/teamProbe.ts';

/** "Kết nối máy chủ nhóm…" (main/electron/teamIpc.ts): each call answers a TeamReply. */
export interface TeamBridge {
  /** Reads the server's certificate (nothing sent) and says whether it may be used as is. */
  probe(url: string): Promise<TeamReply<TeamProbe>>;
  /** Pins the certificate whose fingerprint the person confirmed; refused if the server's changed since. */
  trust(url: string, fingerprint256: string): Promise<TeamReply<{ origin: string; fingerprint256: string }>>;
  /**
   * Signs in on a ready server (http here, a trusted or pinned certificate) with the name and
   * password typed in the dialog; then the window loads the team server's pages, signed in. The
   * server's refusals (`login_failed`, `rate_limited`) come back with its Vietnamese message.
   */
  signIn(url: string, name: string, password: string): Promise<TeamReply<{ origin: string; displayName: string }>>;
  /** Logs out of the team server (if connected) and goes back to the desktop's own workspaces; null when not connected. */
  disconnect(): Promise<TeamReply<TeamLeft | null>>;
  /** The servers whose certificate this desktop trusts (pinned), to list in the dialog. */
  pinned(): Promise<TeamReply<PinnedServer[]>>;
  /** Forgets the pinned certificate of the server at `url`: its next connection asks again to trust a certificate. */
  forget(url: string): Promise<TeamReply<{ origin: string }>>;
  /** Calls `listener` when the menu asks for the dialog (at once if it asked before this call). */
  onOpenRequested(listener: () => void): void;
  /** Calls `listener` when the desktop has left a team server and the local page is shown again (at once if that happened before this call). */
  onLeft(listener: (left: TeamLeft) => void): void;
}

export interface VankienBridge {
  /** The workspace server the window was loaded from, e.g. "http://127.0.0.1:53124". */
  serverUrl: string;
  /** The per-launch secret, sent as a Bearer token on RPC calls. */
  secret: string;
  platform: string;
  /** Asks the desktop shell to print the current page to PDF; resolves with the saved path or null. */
  printToPdf(suggestedName: string): Promise<string | null>;
  /** Present in the desktop app only. */
  team?: TeamBridge;
}
