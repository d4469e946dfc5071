import { AppError } from '../../../shared/errors.ts';
import type { CertificatePins } from './CertificatePins.ts';
import { certificateVerdict, changedCertificateMessage } from './certificateVerdict.ts';
import { fetchServerCertificate, type ServerCertificate } from './serverCertificate.ts';

/** What the desktop does before it sends a password to a team server. */
export type Probe =
  | { kind: 'ready'; origin: string; reason: 'http' | 'system' | 'pinned' }
  | { kind: 'confirm'; origin: string; certificate: ServerCertificate }
  | { kind: 'refused'; origin: string; message: string; pinned: string; presented: string };

/** The address typed in "Kết nối máy chủ nhóm…", as an origin: http(s) only, no credentials, path or query kept. */
export function teamServerUrl(typed: string): URL {
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(typed.trim()) ? typed.trim() : `https://${typed.trim()}`);
  } catch {
    throw new AppError('bad_request', `"${typed}" không phải địa chỉ máy chủ. Hãy nhập dạng https://may-chu:4600.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new AppError('bad_request', 'Địa chỉ máy chủ nhóm phải bắt đầu bằng https:// (hoặc http:// trên mạng tin cậy).');
  if (url.username || url.password) throw new AppError('bad_request', 'Đừng ghi tên hay mật khẩu vào địa chỉ; hãy nhập chúng vào ô riêng.');
  return new URL(url.origin);
}

/**
 * Looks at the certificate before any password goes out: pinned and unchanged, or trusted by
 * the system → ready; pinned and changed → refused, saying so; unknown to both → the person is
 * shown its fingerprint (confirm), and it is pinned only if they accept (`CertificatePins.pin`).
 */
export async function probeTeamServer(url: URL, pins: CertificatePins): Promise<Probe> {
  const origin = url.origin;
  if (url.protocol === 'http:') return { kind: 'ready', origin, reason: 'http' };
  const certificate = await fetchServerCertificate(url);
  const pin = pins.get(origin);
  const verdict = certificateVerdict(certificate.fingerprint256, pin ? [pin.fingerprint256] : [], certificate.trustedBySystem);
  if (verdict === 'changed') {
    const [pinned, presented] = [pin!.fingerprint256, certificate.fingerprint256];
    return { kind: 'refused', origin, message: changedCertificateMessage(origin, pinned, presented), pinned, presented };
  }
  if (verdict === 'ask') return { kind: 'confirm', origin, certificate };
  return { kind: 'ready', origin, reason: verdict };
}
