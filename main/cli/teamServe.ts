import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../../shared/errors.ts';
import { SERVE_HELP } from './helpTexts.ts';

/** Whether a listening address is this machine only: 127.0.0.0/8, ::1, localhost. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(bare);
}

/**
 * Why a team server may not listen on `host` as asked, or null. Over a network without TLS,
 * passwords and session cookies cross it in clear text, so a non-loopback address needs a
 * certificate, or the operator's explicit `--insecure-http` (a network they trust).
 */
export function teamHostRefusal(host: string, tls: boolean, insecureHttp: boolean): AppError | null {
  if (tls || insecureHttp || isLoopbackHost(host)) return null;
  return new AppError(
    'bad_request',
    `Không chạy máy chủ nhóm trên ${host} bằng HTTP thường: mật khẩu và cookie phiên sẽ đi qua mạng không mã hoá, ai trên mạng cũng đọc được. Hãy cho chứng chỉ (--tls-cert <tệp> --tls-key <tệp>), hoặc, nếu mạng này tin cậy được, thêm --insecure-http.\n${SERVE_HELP}`,
  );
}

/** The certificate and key named on the command line (PEM), read now, each failure naming its file. */
export function readTls(certFile: string | undefined, keyFile: string | undefined): { cert: Buffer; key: Buffer } | undefined {
  if (certFile === undefined && keyFile === undefined) return undefined;
  if (certFile === undefined || keyFile === undefined) {
    throw new AppError('bad_request', `Cần cả --tls-cert và --tls-key (chứng chỉ và khoá riêng của nó, dạng PEM).\n${SERVE_HELP}`);
  }
  return { cert: readPem(certFile, 'chứng chỉ (--tls-cert)'), key: readPem(keyFile, 'khoá riêng (--tls-key)') };
}

function readPem(file: string, what: string): Buffer {
  let bytes: Buffer;
  try {
    bytes = readFileSync(resolve(file));
  } catch (error) {
    throw new AppError('bad_request', `Không đọc được tệp ${what} ${file}.`, { detail: (error as Error).message });
  }
  if (!bytes.includes('-----BEGIN ')) throw new AppError('bad_request', `Tệp ${what} ${file} không phải dạng PEM (phải có dòng "-----BEGIN …").`);
  return bytes;
}

/** What `serve --team` prints once it listens: where, and the setup code while there is no account. */
export function teamBanner(url: string, setupCode: string | null, insecureHttp: boolean): string {
  const lines = [`Văn Kiện Studio (máy chủ nhóm) đang chạy tại ${url}`];
  if (insecureHttp && url.startsWith('http:')) lines.push('Cảnh báo: --insecure-http: mật khẩu và phiên đăng nhập đi qua mạng không mã hoá.');
  if (setupCode) {
    lines.push(`Chưa có tài khoản nào. Mã thiết lập một lần: ${setupCode}`);
    lines.push(`Mở ${url}/ trong trình duyệt và nhập mã này để tạo người quản trị đầu tiên (mã chỉ dùng được một lần; khởi động lại sẽ có mã mới), hoặc dùng: vankien user add <tên> --role admin --password-stdin`);
  } else lines.push(`Đăng nhập tại ${url}/`);
  return lines.join('\n') + '\n';
}
