import { X509Certificate } from 'node:crypto';
import { isIP } from 'node:net';
import tls, { type PeerCertificate } from 'node:tls';
import { AppError } from '../../../shared/errors.ts';
import { teamFailureOf, type TeamFailure } from '../../../shared/teamConnect/teamFailure.ts';
import { TeamConnectFailure } from './TeamConnectFailure.ts';

/** The certificate a team server presents, as the person is asked to check it. */
export interface ServerCertificate {
  /** SHA-256 of the DER, "AB:CD:…" (what `openssl x509 -fingerprint -sha256` prints). */
  fingerprint256: string;
  pem: string;
  subject: string;
  issuer: string;
  validFrom: string;
  validTo: string;
  /** Whether the system's certificate authorities (and Node's bundled ones) trust it for this host. */
  trustedBySystem: boolean;
  /** Why not, in OpenSSL's words (SELF_SIGNED_CERT_IN_CHAIN, DEPTH_ZERO_SELF_SIGNED_CERT…). */
  systemError: string | null;
}

/** The certificate authorities a connection trusts without a pin: Node's bundled list and the system's. */
export function systemCertificateAuthorities(): string[] | undefined {
  const get = (tls as { getCACertificates?: (kind: string) => string[] }).getCACertificates;
  return get ? [...new Set([...get('bundled'), ...get('system')])] : undefined;
}

/** The SHA-256 fingerprint of a PEM certificate, in the same form as ServerCertificate's. */
export function fingerprintOfPem(pem: string): string {
  return new X509Certificate(pem).fingerprint256;
}

/** "host" and "port" of an https: address (443 by default); `bad_request` for anything else. */
export function tlsTarget(url: URL): { host: string; port: number } {
  if (url.protocol !== 'https:') throw new AppError('bad_request', 'Chỉ lấy được chứng chỉ của địa chỉ https://.');
  return { host: url.hostname.replace(/^\[|\]$/g, ''), port: Number(url.port || 443) };
}

/**
 * Connects to the server over TLS without trusting anything, reads the certificate it presents
 * and closes: nothing is sent over that connection. `trustedBySystem` says whether the system
 * would have trusted it for this host name. A connection that fails or stays silent is a
 * TeamConnectFailure of its kind (refused, timeout, tls…).
 */
export function fetchServerCertificate(url: URL, timeoutMs = 10_000): Promise<ServerCertificate> {
  const { host, port } = tlsTarget(url);
  return new Promise((resolve, reject) => {
    const servername = isIP(host) ? undefined : host;
    const socket = tls.connect({ host, port, servername, rejectUnauthorized: false, ca: systemCertificateAuthorities() });
    const fail = (failure: TeamFailure, message: string, cause?: Error) => {
      socket.destroy();
      reject(new TeamConnectFailure(failure, url.host, 'not_found', message, cause?.message));
    };
    socket.setTimeout(timeoutMs, () => fail('timeout', `Máy chủ ${url.host} không trả lời trong ${Math.round(timeoutMs / 1000)} giây. Hãy kiểm tra địa chỉ và mạng.`));
    socket.once('error', (error: NodeJS.ErrnoException) => fail(teamFailureOf(error.code), `Không kết nối được tới máy chủ ${url.host} qua https. Hãy kiểm tra địa chỉ, cổng và mạng.`, error));
    socket.once('secureConnect', () => {
      const peer = socket.getPeerCertificate(false) as PeerCertificate;
      if (!peer?.raw) return fail('no_certificate', `Máy chủ ${url.host} không đưa ra chứng chỉ nào.`);
      const identity = tls.checkServerIdentity(host, peer);
      const systemError = socket.authorized ? (identity ? identity.message : null) : String(socket.authorizationError);
      const x509 = new X509Certificate(peer.raw);
      resolve({
        fingerprint256: peer.fingerprint256,
        pem: x509.toString(),
        subject: x509.subject,
        issuer: x509.issuer,
        validFrom: peer.valid_from,
        validTo: peer.valid_to,
        trustedBySystem: systemError === null,
        systemError,
      });
      socket.end();
    });
  });
}
