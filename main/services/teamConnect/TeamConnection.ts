import { AppError } from '../../../shared/errors.ts';
import type { CertificateSummary, PinnedServer, TeamLeft, TeamProbe } from '../../../shared/teamConnect/teamProbe.ts';
import { log } from '../../log/logger.ts';
import type { CertificatePins } from './CertificatePins.ts';
import { certificateVerdict } from './certificateVerdict.ts';
import { desktopTeamServerUrl } from './desktopTeamServerUrl.ts';
import { probeTeamServer } from './probeTeamServer.ts';
import { fetchServerCertificate, fingerprintOfPem, type ServerCertificate } from './serverCertificate.ts';
import { TeamConnectFailure } from './TeamConnectFailure.ts';
import { signInToTeamServer } from './teamServerLogin.ts';
import { logOutOfTeamServer } from './teamServerLogout.ts';

/** A sign-in that landed: the origin the window loads, the session cookie for the window's store, the name shown. */
export interface TeamSession {
  origin: string;
  /** "vk_session_<id>=…" (the server's own name), for the window's cookie store only: it never reaches a page. */
  cookie: string;
  displayName: string;
}

/** The window's cookie store, as far as leaving a team server needs it. */
export interface SessionCookieStore {
  /** "name=value" of the cookie `name` the store holds for `origin`, or null. */
  read(origin: string, name: string): Promise<string | null>;
  remove(origin: string, name: string): Promise<void>;
}

/** What the window's certificate check does with a certificate: Electron's 0, -2 and -3. */
export type CertificateDecision = 'accept' | 'reject' | 'default';

/**
 * The desktop's connection to one team server at a time, without Electron: the IPC handlers and
 * the window only ask it. What stays true:
 * - a certificate is pinned only when it is the very one the person saw (`trust` reads it again
 *   and compares the fingerprint), and never over another pin of that server;
 * - `signIn` sends a password only to a server that `probe` calls ready (pinned and unchanged,
 *   trusted by the system, or http on this machine), and only once it signed in is its origin
 *   allowed in the window;
 * - a host with a pin is accepted by the window's certificate check with a pinned certificate
 *   only, whatever the system thinks; other hosts are left to Chromium's own check;
 * - leaving (`leave`) asks the server to end the session first, and forgets the connection and
 *   the window's cookie whatever it answers, or if it cannot be reached.
 */
export class TeamConnection {
  private readonly pins: CertificatePins;
  private readonly readCertificate: (url: URL) => Promise<ServerCertificate>;
  private connected: string | null = null;
  /** The connected server's session cookie name (its value stays in the window's store, which the server may rotate). */
  private cookieName: string | null = null;
  private leaving: Promise<TeamLeft | null> | null = null;

  constructor(pins: CertificatePins, readCertificate: (url: URL) => Promise<ServerCertificate> = fetchServerCertificate) {
    this.pins = pins;
    this.readCertificate = readCertificate;
  }

  /** The origin of the team server the window shows, or null in local mode. */
  get origin(): string | null {
    return this.connected;
  }

  async probe(typed: string): Promise<TeamProbe> {
    const probe = await probeTeamServer(desktopTeamServerUrl(typed), this.pins);
    if (probe.kind === 'confirm') return { kind: 'confirm', origin: probe.origin, certificate: summary(probe.certificate) };
    if (probe.kind === 'refused') return { kind: 'changed', origin: probe.origin, pinned: probe.pinned, presented: probe.presented, message: probe.message };
    return probe;
  }

  /** Pins the server's certificate if, and only if, it still has `fingerprint256` (what the person confirmed). */
  async trust(typed: string, fingerprint256: string): Promise<{ origin: string; fingerprint256: string }> {
    const url = desktopTeamServerUrl(typed);
    if (url.protocol !== 'https:') throw new AppError('bad_request', 'Chỉ tin cậy được chứng chỉ của địa chỉ https://.');
    const certificate = await this.readCertificate(url);
    if (certificate.fingerprint256 !== fingerprint256) {
      throw new AppError('conflict', `Chứng chỉ của máy chủ ${url.host} vừa thay đổi sau khi bạn xem vân tay, nên ứng dụng không tin cậy nó. Hãy kết nối lại từ đầu và so vân tay mới với người quản trị máy chủ.`);
    }
    const pinned = this.pins.get(url.origin);
    if (pinned && pinned.fingerprint256 !== fingerprint256) {
      throw new AppError('conflict', `Máy chủ ${url.host} đã có một chứng chỉ được tin cậy khác; ứng dụng không thay nó bằng chứng chỉ mới.`);
    }
    this.pins.pin(url.origin, certificate);
    return { origin: url.origin, fingerprint256 };
  }

  /** The servers whose certificate is pinned, for the dialog's list. */
  pinned(): PinnedServer[] {
    return this.pins.list().map(({ origin, fingerprint256, subject, pinnedAt }) => ({ origin, fingerprint256, subject, pinnedAt }));
  }

  /**
   * Forgets the certificate pinned for the server at `typed`: the next `probe` asks the person
   * again, with the fingerprint, as for a server never seen. Refused for the server the window
   * shows now (its pages would stop loading); `not_found` when nothing is pinned for it.
   */
  forget(typed: string): { origin: string } {
    const { origin } = desktopTeamServerUrl(typed);
    if (this.connected === origin) throw new AppError('conflict', `Ứng dụng đang kết nối tới ${origin}. Hãy ngắt kết nối trước khi quên chứng chỉ của nó.`);
    if (!this.pins.forget(origin)) throw new AppError('not_found', `Không có chứng chỉ nào của ${origin} đang được tin cậy.`);
    return { origin };
  }

  /**
   * Signs `name` in on the server, if it is ready now, and makes it the window's. Over https the
   * password goes only to the pinned certificate (or one the system trusts), checked again in the
   * handshake itself (signInToTeamServer). The password is used for this one request and kept
   * nowhere; the session cookie is returned for the window's cookie store, not for the page.
   * The server's refusals (`login_failed`, `rate_limited`, a disabled account) come back as its
   * own AppError, in its words, and leave the connection as it was.
   */
  async signIn(typed: string, name: string, password: string): Promise<TeamSession> {
    const probe = await this.probe(typed);
    if (probe.kind === 'changed') throw new AppError('forbidden', probe.message);
    if (probe.kind === 'confirm') throw new AppError('forbidden', `Bạn chưa tin cậy chứng chỉ của máy chủ ${probe.origin}. Hãy kiểm tra vân tay của nó trước khi kết nối.`);
    const pin = probe.reason === 'pinned' ? this.pins.get(probe.origin) : undefined;
    const signedIn = await signInToTeamServer(new URL(probe.origin), name, password, pin);
    this.connected = probe.origin;
    this.cookieName = signedIn.cookie.slice(0, signedIn.cookie.indexOf('='));
    return { origin: probe.origin, cookie: signedIn.cookie, displayName: displayNameOf(signedIn.reply, name) };
  }

  /** Back to local mode at once, without asking the server (see `leave`): its origin is no longer allowed in the window. */
  disconnect(): void {
    this.connected = null;
    this.cookieName = null;
  }

  /**
   * "Ngắt kết nối": logs out of the connected server with the session the window holds now
   * (`POST /api/logout`, audited there), then forgets the connection and removes the cookie,
   * even when the server refused or could not be reached (then `loggedOut: false`, and why).
   * Null when not connected. Neither the cookie nor the session id is logged.
   */
  leave(store: SessionCookieStore): Promise<TeamLeft | null> {
    // Two ways back at once (the menu, then the navigation it causes) share one logout.
    this.leaving ??= this.logOutAndForget(store).finally(() => (this.leaving = null));
    return this.leaving;
  }

  private async logOutAndForget(store: SessionCookieStore): Promise<TeamLeft | null> {
    const origin = this.connected;
    const name = this.cookieName;
    if (origin === null || name === null) return null;
    let left: TeamLeft = { origin, loggedOut: true };
    try {
      const cookie = await store.read(origin, name);
      if (cookie) await logOutOfTeamServer(new URL(origin), cookie, this.pins.get(origin));
    } catch (error) {
      const code = (error as { code?: string }).code;
      log.warn('team', `logout from ${origin} failed (${code ?? 'error'}); the connection is forgotten on this machine only`);
      left = error instanceof TeamConnectFailure ? { origin, loggedOut: false, failure: error.failure, host: error.host } : { origin, loggedOut: false };
    }
    // Another sign-in may have happened meanwhile: only the connection that was left is forgotten.
    if (this.connected === origin) this.disconnect();
    await store.remove(origin, name).catch(() => {});
    return left;
  }

  /** The window's check of a certificate `host` presents (PEM), given whether Chromium trusts it. */
  certificateDecision(host: string, pem: string, trustedBySystem: boolean): CertificateDecision {
    const pinned = this.pins.forHost(host.replace(/^\[|\]$/g, '')).map((pin) => pin.fingerprint256);
    if (pinned.length === 0) return 'default';
    let presented: string;
    try {
      presented = fingerprintOfPem(pem);
    } catch {
      return 'reject';
    }
    return certificateVerdict(presented, pinned, trustedBySystem) === 'pinned' ? 'accept' : 'reject';
  }
}

function summary(certificate: ServerCertificate): CertificateSummary {
  const { fingerprint256, subject, issuer, validFrom, validTo } = certificate;
  return { fingerprint256, subject, issuer, validFrom, validTo };
}

/** The name the server's login reply gives the person ({user: {displayName}}), else the one typed. */
function displayNameOf(reply: unknown, typed: string): string {
  const shown = (reply as { user?: { displayName?: unknown } } | null)?.user?.displayName;
  return typeof shown === 'string' && shown !== '' ? shown : typed;
}
