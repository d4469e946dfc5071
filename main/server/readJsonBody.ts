import type { IncomingMessage } from 'node:http';
import type { MethodName } from '../../shared/rpc/contract.ts';
import type { RpcReply } from './rpc/dispatch.ts';

const MB = 1024 * 1024;

/**
 * How large a method's request body may be, known from the URL before anything is read. The
 * methods that carry a file (base64, up to the 50 MB import limit; a comment file up to 20 MB) get 64 MB; every other
 * method's input is a few short fields (the longest a 5,000-character note) and gets 1 MB. A
 * 63 MB body of any method used to be read and parsed in the server's thread: 3 million keys
 * took 5.3 s, a 10 MB nested array 1.9 s, while every other client waited.
 */
export const FILE_METHODS: ReadonlySet<string> = new Set<MethodName>(['document.import', 'draft.import', 'feedback.preview', 'feedback.import', 'feedback.importSources']);
export const bodyLimitOf = (method: string): number => (FILE_METHODS.has(method) ? 64 * MB : 1 * MB);

/**
 * At most this many `{`, `[`, `,` and `:` in a body, counted before it is parsed: a real input
 * has a few dozen (plus what its texts hold), and what makes JSON.parse slow in a large body is
 * millions of them (keys, nesting). Counting 64 MB takes about 25 ms; parsing a real 63 MB
 * import body about 60 ms.
 */
export const MAX_STRUCTURE = 10_000;

export type JsonBody = { ok: true; value: unknown } | { ok: false; reply: RpcReply };

/**
 * Reads a JSON request body of at most `maxBytes`. Anything else becomes a `bad_request` reply,
 * never a throw: a body declared or found too large (413, answered at once, without reading the
 * rest), a body the client stopped sending (closed tab, lost connection: 400), one with more
 * structure than MAX_STRUCTURE (400, not parsed), text that is not JSON.
 */
export function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<JsonBody> {
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) return Promise.resolve(tooLarge(maxBytes));
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (body: JsonBody) => {
      if (done) return;
      done = true;
      req.off('data', onData);
      resolve(body);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) return void chunks.push(chunk);
      req.pause(); // the rest is never read: the reply closes the connection
      finish(tooLarge(maxBytes));
    };
    req.on('data', onData);
    req.on('end', () => finish(parsed(Buffer.concat(chunks))));
    req.on('error', () => finish(INTERRUPTED));
    req.on('close', () => finish(INTERRUPTED)); // after 'end' this changes nothing
  });
}

function parsed(bytes: Buffer): JsonBody {
  if (structureOver(bytes, MAX_STRUCTURE)) return TOO_COMPLEX;
  try {
    const text = bytes.toString('utf8');
    return { ok: true, value: text === '' ? {} : JSON.parse(text) };
  } catch {
    return fail(400, 'Dữ liệu gửi lên không phải JSON hợp lệ.');
  }
}

/** Whether `bytes` hold more than `max` of the characters that open or separate JSON values. */
function structureOver(bytes: Buffer, max: number): boolean {
  let count = 0;
  for (const byte of [0x7b, 0x5b, 0x2c, 0x3a]) {
    for (let at = bytes.indexOf(byte); at >= 0; at = bytes.indexOf(byte, at + 1)) if (++count > max) return true;
  }
  return false;
}

function fail(status: number, message: string): JsonBody {
  return { ok: false, reply: { status, body: { error: { code: 'bad_request', message } } } };
}

const tooLarge = (maxBytes: number) => fail(413, `Dữ liệu gửi lên quá lớn (tối đa ${maxBytes / MB} MB cho lệnh này).`);
const TOO_COMPLEX = fail(400, 'Dữ liệu gửi lên có quá nhiều phần tử hoặc lồng nhau quá sâu, không phải dữ liệu của lệnh này.');
const INTERRUPTED = fail(400, 'Dữ liệu gửi lên bị ngắt giữa chừng. Hãy gửi lại.');
