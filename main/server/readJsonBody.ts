import type { IncomingMessage } from 'node:http';
import type { RpcReply } from './rpc/dispatch.ts';

const MAX_BODY_BYTES = 64 * 1024 * 1024;

export type JsonBody = { ok: true; value: unknown } | { ok: false; reply: RpcReply };

/**
 * Reads a JSON request body of at most 64 MB. Anything else becomes a `bad_request` reply, never
 * a throw: a body declared or found too large (413, answered at once, without reading the rest),
 * a body the client stopped sending (closed tab, lost connection: 400), text that is not JSON.
 */
export function readJsonBody(req: IncomingMessage): Promise<JsonBody> {
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return Promise.resolve(TOO_LARGE);
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
      if (size <= MAX_BODY_BYTES) return void chunks.push(chunk);
      req.pause(); // the rest is never read: the reply closes the connection
      finish(TOO_LARGE);
    };
    req.on('data', onData);
    req.on('end', () => finish(parsed(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', () => finish(INTERRUPTED));
    req.on('close', () => finish(INTERRUPTED)); // after 'end' this changes nothing
  });
}

function parsed(text: string): JsonBody {
  try {
    return { ok: true, value: text === '' ? {} : JSON.parse(text) };
  } catch {
    return fail(400, 'Dữ liệu gửi lên không phải JSON hợp lệ.');
  }
}

function fail(status: number, message: string): JsonBody {
  return { ok: false, reply: { status, body: { error: { code: 'bad_request', message } } } };
}

const TOO_LARGE = fail(413, 'Dữ liệu gửi lên quá lớn (tối đa 64 MB).');
const INTERRUPTED = fail(400, 'Dữ liệu gửi lên bị ngắt giữa chừng. Hãy gửi lại.');
