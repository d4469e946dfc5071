/**
 * What the desktop preload exposes to the renderer as `window.vankien`. In a browser (serve
 * mode) there is no bridge: the renderer talks to the origin it was loaded from, with the
 * session cookie. The preload ends with `satisfies VankienBridge`, so both sides agree.
 */
export interface VankienBridge {
  /** The workspace server the window was loaded from, e.g. "http://127.0.0.1:53124". */
  serverUrl: string;
  /** The per-launch secret, sent as a Bearer token on RPC calls. */
  secret: string;
  platform: string;
  /** Asks the desktop shell to print the current page to PDF; resolves with the saved path or null. */
  printToPdf(suggestedName: string): Promise<string | null>;
}
