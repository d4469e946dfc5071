import { safeFileName } from '../../shared/text/safeFileName.ts';

/**
 * The desktop shell's security decisions as pure functions (no electron import), so they are
 * table-tested in Node. main.ts and window.ts only apply them.
 */

/** The only web preferences a window gets. */
export function secureWebPreferences(preload: string) {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  } as const;
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** The window may navigate only within the workspace server it was loaded from. */
export function navigationAllowed(targetUrl: string, serverUrl: string): boolean {
  const origin = originOf(targetUrl);
  return origin !== null && origin === originOf(serverUrl);
}

/** An IPC message is accepted only from a frame showing the workspace server's pages. */
export function senderAllowed(frameUrl: string | undefined, serverUrl: string): boolean {
  return frameUrl !== undefined && navigationAllowed(frameUrl, serverUrl);
}

/** A file name for a PDF from a document title: no path separators or control characters. */
export function pdfFileName(title: string): string {
  return `${safeFileName(title)}.pdf`;
}

/**
 * The origins the window may show: the desktop's own server, and the team server it is
 * connected to (`TeamConnection.origin`, pinned or trusted before it is set), nothing else.
 */
export function windowOrigins(serverUrl: string, teamOrigin: string | null): string[] {
  const own = originOf(serverUrl);
  const team = teamOrigin === null ? null : originOf(teamOrigin);
  return [own, team].filter((origin): origin is string => origin !== null && origin !== 'null');
}

/** Navigation to `targetUrl` stays within one of `origins`. */
export function navigationWithin(targetUrl: string, origins: readonly string[]): boolean {
  const origin = originOf(targetUrl);
  return origin !== null && origins.includes(origin);
}

/** `session.setCertificateVerifyProc`'s answer for a TeamConnection decision: 0 trusts, -2 refuses, -3 leaves it to Chromium. */
export function certificateVerifyResult(decision: 'accept' | 'reject' | 'default'): 0 | -2 | -3 {
  return decision === 'accept' ? 0 : decision === 'reject' ? -2 : -3;
}
