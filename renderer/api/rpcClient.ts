import type { ErrorCode, ErrorPayload } from '../../shared/errors.ts';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/rpc/contract.ts';
import { PROTOCOL_HEADER, PROTOCOL_VERSION, RPC_PATH } from '../../shared/rpc/protocol.ts';
import { serverConnection } from './connection.ts';
import { credentialsRefused } from './credentials.ts';

/** The code of an RpcError: the server's (shared/errors.ts), or `network` when it could not be reached. */
export type RpcErrorCode = ErrorCode | 'network';

/** An error reply from the server, or `network` when it could not be reached. */
export class RpcError extends Error {
  readonly code: RpcErrorCode;
  /** The system's own text (SQLite's, the OS's), shown only behind "Chi tiết". */
  readonly detail: string | undefined;
  constructor(payload: ErrorPayload | { code: 'network'; message: string; detail?: string }) {
    super(payload.message);
    this.code = payload.code;
    this.detail = payload.detail;
  }
}

/** Calls one method of the shared contract. The server validates; this only types. */
export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const { baseUrl, secret } = serverConnection();
  let response: Response;
  try {
    response = await fetch(`${baseUrl}${RPC_PATH}${method}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'content-type': 'application/json',
        [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
        ...(secret ? { authorization: `Bearer ${secret}` } : {}),
      },
      body: JSON.stringify(input),
    });
  } catch (error) {
    throw new RpcError({ code: 'network', message: (error as Error).message });
  }
  const body = (await response.json().catch(() => ({}))) as { result?: MethodOutput<M>; error?: ErrorPayload };
  if (response.status === 401 && body.error?.code === 'unauthorized') credentialsRefused();
  if (!response.ok || body.error) throw new RpcError(body.error ?? { code: 'internal', message: `HTTP ${response.status}` });
  return body.result as MethodOutput<M>;
}
