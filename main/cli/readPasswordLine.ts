import type { Readable } from 'node:stream';
import { AppError } from '../../shared/errors.ts';

/** At most this much of stdin is read for a password (the longest allowed is 1024 characters). */
const MAX_BYTES = 8192;

/** The first line of `input` (without its line ending), for `--password-stdin`. Nothing of it is ever printed. */
export async function readPasswordLine(input: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of input) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    chunks.push(bytes);
    size += bytes.length;
    if (bytes.includes(0x0a) || size > MAX_BYTES) break;
  }
  const text = Buffer.concat(chunks).toString('utf8');
  const line = text.split(/\r?\n/)[0];
  if (line === '') throw new AppError('bad_request', 'Không nhận được mật khẩu trên đầu vào chuẩn (--password-stdin): hãy gửi mật khẩu ở dòng đầu.');
  return line;
}
