import https from 'node:https';
import http from 'node:http';
import tls, { type PeerCertificate } from 'node:tls';
import { AppError, type ErrorPayload } from '../../../shared/errors.ts';
import { LOGIN_PATH, SESSION_COOKIE_PAIR } from '../../../shared/rpc/protocol.ts';
import type { CertificatePin } from './CertificatePins.ts';
import { changedCertificateMessage } from './certificateVerdict.ts';
import { fetchServerCertificate, systemCertificateAuthorities } from './serverCertificate.ts';

/** A sign-in that landed: the session cookie ("vk_session_<id>=…", under the server's own name) and the server's reply. */
export interface TeamSignIn {
  cookie: string;
  reply: unknown;
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
 * Signs in to a team server (`POST /api/login`). Over https with a pin, the connection trusts
 * only the pinned certificate: it is the one trust anchor, and the handshake fails, before the
 * password is sent, when the server presents another (`forbidden`, changedCertificateMessage).
 * Without a pin, the system's authorities decide, as in a browser. The server's refusals
 * (wrong password, rate limit, locked account file) come back as its own AppError.
 */
export function signInToTeamServer(url: URL, name: string, password: string, pin: CertificatePin | undefined): Promise<TeamSignIn> {
  const body = JSON.stringify({ name, password });
  const headers = { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), origin: url.origin };
  const target = new URL(LOGIN_PATH, url);
  const options: https.RequestOptions = { method: 'POST', headers, timeout: 15_000 };
  if (url.protocol === 'https:') {
    options.ca = pin ? [pin.pem] : systemCertificateAuthorities();
    // The pinned certificate is the server's identity: its fingerprint, not its host name, is checked.
    (options as tls.ConnectionOptions).checkServerIdentity = (host: string, cert: PeerCertificate) => {
      if (!pin) return tls.checkServerIdentity(host, cert);
      return cert.fingerprint256 === pin.fingerprint256 ? undefined : new PinMismatch(cert.fingerprint256);
    };
    (options as { allowPartialTrustChain?: boolean }).allowPartialTrustChain = true;
  }
  return new Promise((resolve, reject) => {
    const request = (url.protocol === 'https:' ? https : http).request(target, options, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        let parsed: { error?: ErrorPayload } | null = null;
        try {
          parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        } catch {
          return reject(new AppError('internal', `Địa chỉ ${url.origin} không phải máy chủ nhóm Văn Kiện (trả lời không phải JSON).`));
        }
        const cookie = SESSION_COOKIE_PAIR.exec(String(response.headers['set-cookie'] ?? ''));
        if (response.statusCode === 200 && cookie && cookie[2] !== '') return resolve({ cookie: `${cookie[1]}=${cookie[2]}`, reply: parsed });
        const error = parsed?.error;
        reject(error ? new AppError(error.code, error.message) : new AppError('internal', `Máy chủ ${url.origin} trả lời ${response.statusCode}.`));
      });
    });
    request.on('timeout', () => request.destroy(new AppError('not_found', `Máy chủ ${url.host} không trả lời. Hãy kiểm tra địa chỉ và mạng.`)));
    request.on('error', (error) => {
      if (error instanceof PinMismatch) return reject(new AppError('forbidden', changedCertificateMessage(url.origin, pin!.fingerprint256, error.presented)));
      if (error instanceof AppError) return reject(error);
      const code = (error as { code?: string }).code ?? '';
      if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/.test(code)) {
        // The pinned certificate was the one trust anchor and the chain failed: another certificate.
        if (pin) return void changedRefusal(url, pin).then(reject, reject);
        return reject(new AppError('forbidden', `Hệ thống không tin cậy chứng chỉ của máy chủ ${url.host} (${code}). Hãy kiểm tra vân tay của nó trước khi kết nối.`, { detail: error.message }));
      }
      reject(new AppError('not_found', `Không kết nối được tới máy chủ ${url.host}. Hãy kiểm tra địa chỉ, cổng và mạng.`, { detail: error.message }));
    });
    request.end(body);
  });
}

/** The refusal of a server whose certificate is not the pinned one, naming the one it presents now (read without sending anything). */
async function changedRefusal(url: URL, pin: CertificatePin): Promise<AppError> {
  const presented = (await fetchServerCertificate(url)).fingerprint256;
  return new AppError('forbidden', changedCertificateMessage(url.origin, pin.fingerprint256, presented));
}
