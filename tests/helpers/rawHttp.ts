import { connect } from 'node:net';

export interface RawReply {
  /** Everything the server sent before closing (or before the timeout). */
  text: string;
  /** The status code of the first status line, or null when none came. */
  status: number | null;
}

export interface RawOptions {
  /** Destroy the socket right after writing (a client that goes away mid-request). */
  abort?: boolean;
  /** Stop waiting after this long (a request the server still waits on, e.g. a truncated body). */
  timeoutMs?: number;
  /** Wait for the server to close the connection, not only for its first complete response. */
  untilClose?: boolean;
}

/** Whether `text` holds a whole response: a 101, or a head and all the body its Content-Length (or last chunk) says. */
function responseComplete(text: string): boolean {
  const end = text.indexOf('\r\n\r\n');
  if (end < 0) return false;
  const head = text.slice(0, end);
  if (/^HTTP\/1\.[01] (101|204|304)/.test(head)) return true;
  const length = /\r\ncontent-length: *(\d+)/i.exec(head);
  if (length) return text.length - end - 4 >= Number(length[1]);
  return /\r\ntransfer-encoding: *chunked/i.test(head) && text.endsWith('\r\n0\r\n\r\n');
}

/**
 * Sends bytes as they are over a plain TCP socket — no HTTP client to tidy them up — and
 * collects what comes back until the server closes, the timeout passes or the socket fails.
 */
export function rawRequest(port: number, bytes: string | Buffer, options: RawOptions = {}): Promise<RawReply> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      const text = Buffer.concat(chunks).toString('latin1');
      const match = /^HTTP\/1\.[01] (\d{3})/.exec(text);
      resolve({ text, status: match ? Number(match[1]) : null });
    };
    const timer = setTimeout(finish, options.timeoutMs ?? 2000);
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      if (options.untilClose !== true && responseComplete(Buffer.concat(chunks).toString('latin1'))) finish();
    });
    socket.on('end', finish);
    socket.on('close', finish);
    socket.on('error', finish);
    socket.on('connect', () => {
      socket.write(bytes);
      if (options.abort) socket.resetAndDestroy();
    });
  });
}

/** The JSON body of a raw reply (after the blank line), or null when it is not JSON. */
export function jsonBody(reply: RawReply): any {
  const start = reply.text.indexOf('\r\n\r\n');
  if (start < 0) return null;
  let body = reply.text.slice(start + 4);
  if (/transfer-encoding: chunked/i.test(reply.text.slice(0, start))) body = dechunked(body);
  try {
    return JSON.parse(Buffer.from(body, 'latin1').toString('utf8'));
  } catch {
    return null;
  }
}

/** A header of a raw reply, lower-cased name, or null. */
export function headerOf(reply: RawReply, name: string): string | null {
  const head = reply.text.split('\r\n\r\n')[0];
  for (const line of head.split('\r\n').slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0 && line.slice(0, colon).trim().toLowerCase() === name) return line.slice(colon + 1).trim();
  }
  return null;
}

function dechunked(body: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const eol = body.indexOf('\r\n', at);
    const size = eol < 0 ? 0 : parseInt(body.slice(at, eol), 16);
    if (!size) return out;
    out += body.slice(eol + 2, eol + 2 + size);
    at = eol + 2 + size + 2;
  }
}
