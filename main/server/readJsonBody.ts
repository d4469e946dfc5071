import type { IncomingMessage } from 'node:http';
import type { RpcReply } from './rpc/dispatch.ts';

const MAX_BODY_BYTES = 64 * 1024 * 1024;

export type JsonBody = { ok: true; value: unknown } | { ok: false; reply: RpcReply };

/**
 * Reads a JSON request body of at most 64 MB; anything else becomes a `bad_request` reply,
 * including a body the client stopped sending (closed tab, lost connection): never a throw.
 */
export async function readJsonBody(req: IncomingMessage): Promise<JsonBody> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_BODY_BYTES) return fail(413, 'Dữ liệu gửi lên quá lớn (tối đa 64 MB).');
      chunks.push(chunk as Buffer);
    }
  } catch {
    return fail(400, 'Dữ liệu gửi lên bị ngắt giữa chừng. Hãy gửi lại.');
  }
  if (!req.complete) return fail(400, 'Dữ liệu gửi lên bị ngắt giữa chừng. Hãy gửi lại.');
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return { ok: true, value: text === '' ? {} : JSON.parse(text) };
  } catch {
    return fail(400, 'Dữ liệu gửi lên không phải JSON hợp lệ.');
  }
}

function fail(status: number, message: string): JsonBody {
  return { ok: false, reply: { status, body: { error: { code: 'bad_request', message } } } };
}
