import https from 'node:https';
import http, { type IncomingHttpHeaders } from 'node:http';
import tls, { type PeerCertificate } from 'node:tls';
import { AppError } from '../../../shared/errors.ts';
import { teamFailureOf } from '../../../shared/teamConnect/teamFailure.ts';
import type { CertificatePin } from './CertificatePins.ts';
import { changedCertificateMessage } from './certificateVerdict.ts';
import { fetchServerCertificate, systemCertificateAuthorities } from './serverCertificate.ts';
import { TeamConnectFailure } from './TeamConnectFailure.ts';

/** A team server's answer: its status, headers and JSON body (null when it sent none). */
export interface TeamAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  json: unknown;
}

/** Thrown from the TLS handshake when the certificate is not the pinned one: nothing was sent. */
class PinMismatch extends Error {
  readonly presented: string;
  constructor(presented: string) {
    super('pinned certificate mismatch');
    this.presented = presented;
  }
}

/**
 * One JSON POST to a team server (`path`, with `Origin` its own, and `cookie` when given). Over
 * https with a pin, the connection trusts only the pinned certificate: it is the one trust
 * anchor, and the handshake fails, before anything is sent, when the server presents another
 * (`forbidden`, changedCertificateMessage). Without a pin, the system's authorities decide, as in
 * a browser. A connection that fails is a TeamConnectFailure of the kind Node's error code says;
 * an answer that is not JSON is `not_team_server`. Nothing here logs the body or the cookie.
 */
export function teamServerRequest(url: URL, path: string, body: string, pin: CertificatePin | undefined, options: { cookie?: string; timeoutMs?: number } = {}): Promise<TeamAnswer> {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), origin: url.origin };
  if (options.cookie) headers.cookie = options.cookie;
  const request: https.RequestOptions = { method: 'POST', headers, timeout: options.timeoutMs ?? 15_000 };
  if (url.protocol === 'https:') {
    request.ca = pin ? [pin.pem] : systemCertificateAuthorities();
    // The pinned certificate is the server's identity: its fingerprint, not its host name, is checked.
    (request as tls.ConnectionOptions).checkServerIdentity = (host: string, cert: PeerCertificate) => {
      if (!pin) return tls.checkServerIdentity(host, cert);
      return cert.fingerprint256 === pin.fingerprint256 ? undefined : new PinMismatch(cert.fingerprint256);
    };
    (request as { allowPartialTrustChain?: boolean }).allowPartialTrustChain = true;
  }
  return new Promise((resolve, reject) => {
    const sent = (url.protocol === 'https:' ? https : http).request(new URL(path, url), request, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        try {
          resolve({ status: response.statusCode ?? 0, headers: response.headers, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
        } catch {
          reject(new TeamConnectFailure('not_team_server', url.host, 'internal', `Địa chỉ ${url.origin} không phải máy chủ nhóm Văn Kiện (trả lời không phải JSON).`));
        }
      });
    });
    sent.on('timeout', () => sent.destroy(new TeamConnectFailure('timeout', url.host, 'not_found', `Máy chủ ${url.host} không trả lời. Hãy kiểm tra địa chỉ và mạng.`)));
    sent.on('error', (error) => reject(refusalOf(error, url, pin)));
    sent.end(body);
  }).catch(async (error: unknown) => {
    // The pinned certificate was the one trust anchor and the chain failed: another certificate.
    if (error instanceof TeamConnectFailure && error.failure === 'certificate' && pin) throw await changedRefusal(url, pin);
    throw error;
  }) as Promise<TeamAnswer>;
}

function refusalOf(error: Error, url: URL, pin: CertificatePin | undefined): AppError {
  if (error instanceof PinMismatch) return new AppError('forbidden', changedCertificateMessage(url.origin, pin!.fingerprint256, error.presented));
  if (error instanceof AppError) return error;
  const code = (error as { code?: string }).code;
  const failure = teamFailureOf(code);
  if (failure === 'certificate') {
    return new TeamConnectFailure('certificate', url.host, 'forbidden', `Hệ thống không tin cậy chứng chỉ của máy chủ ${url.host} (${code}). Hãy kiểm tra vân tay của nó trước khi kết nối.`, error.message);
  }
  return new TeamConnectFailure(failure, url.host, 'not_found', `Không kết nối được tới máy chủ ${url.host}. Hãy kiểm tra địa chỉ, cổng và mạng.`, error.message);
}

/** The refusal of a server whose certificate is not the pinned one, naming the one it presents now (read without sending anything). */
async function changedRefusal(url: URL, pin: CertificatePin): Promise<AppError> {
  const presented = (await fetchServerCertificate(url)).fingerprint256;
  return new AppError('forbidden', changedCertificateMessage(url.origin, pin.fingerprint256, presented));
}
