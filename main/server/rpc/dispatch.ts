import { AppError, type ErrorCode, type ErrorPayload, isAppError } from '../../../shared/errors.ts';
import type { Access } from '../../../shared/accounts/access.ts';
import { contract, isMethodName } from '../../../shared/rpc/contract.ts';
import { workspaceId } from '../../../shared/rpc/workspaceContract.ts';
import { log } from '../../log/logger.ts';
import { AccountStorageFault } from '../../storage/accountStorageFault.ts';
import { asStorageError } from '../../storage/storageFault.ts';
import { accessRefusal } from './accessRefusal.ts';
import type { Handlers, RpcContext } from './handlers.ts';
import { hidePayloadPaths } from './hidePaths.ts';
import { parseInput, validationMessage } from './validationMessage.ts';

export interface RpcReply {
  status: number;
  body: { result: unknown } | { error: ErrorPayload };
  /** Headers the reply must carry (Retry-After when the account file is locked). */
  headers?: Record<string, string>;
}

const STATUS: Partial<Record<ErrorCode, number>> = {
  bad_request: 400,
  unknown_method: 404,
  not_found: 404,
  unauthorized: 401,
  forbidden_origin: 403,
  forbidden: 403,
  conflict: 409,
  workspace_exists: 409,
  feedback_file_duplicate: 409,
  feedback_rows_duplicate: 409,
  server_busy: 503,
  login_failed: 401,
  rate_limited: 429,
  user_exists: 409,
  setup_code_invalid: 403,
  storage_locked: 423,
  disk_full: 507,
  storage_readonly: 503,
  storage_failed: 503,
};

/**
 * Runs one RPC call: an unknown method, a caller whose role the method's declaration does not
 * allow (`forbidden`) and invalid input are refused before any domain code runs (so nothing is
 * written); the handler's output is validated against the contract too.
 */
export async function dispatch(name: string, input: unknown, handlers: Handlers, ctx: RpcContext): Promise<RpcReply> {
  try {
    if (!isMethodName(name)) throw new AppError('unknown_method', `Máy chủ không có lệnh "${name}".`);
    const spec = contract[name];
    const refusal = accessRefusal(spec.access, ctx.caller, workspaceOf(spec.access, input));
    if (refusal) throw refusal;
    const parsed = parseInput(spec.input, input);
    if (!parsed.success) throw new AppError('bad_request', validationMessage(parsed.error));
    const handler = handlers[name] as (input: unknown, ctx: RpcContext) => unknown;
    const result = spec.output.parse(await handler(parsed.data, ctx));
    return { status: 200, body: { result } };
  } catch (error) {
    const reply = errorReply(error);
    // Only the desktop owner may read the machine's paths in a message (see hidePaths).
    if (ctx.allowLinking || !('error' in reply.body)) return reply;
    return { ...reply, body: { error: hidePayloadPaths(reply.body.error, ctx.workspaces.dataDir) } };
  }
}

/**
 * The workspace a call is about, read before the input is validated so that a caller without
 * the right is refused whatever else the input holds; the full validation follows.
 */
function workspaceOf(access: Access, input: unknown): string | undefined {
  if (access.scope !== 'workspace') return undefined;
  const id = typeof input === 'object' && input !== null ? (input as { workspaceId?: unknown }).workspaceId : undefined;
  const parsed = workspaceId.safeParse(id);
  if (!parsed.success) throw new AppError('bad_request', 'Thiếu hoặc sai mã không gian làm việc (workspaceId).');
  return parsed.data;
}

export function errorReply(thrown: unknown): RpcReply {
  // A locked, full or read-only workspace file is the user's to fix, not an internal error.
  const error = asStorageError(thrown);
  if (error instanceof AccountStorageFault) {
    const headers = error.retryAfterSeconds === undefined ? undefined : { 'Retry-After': String(error.retryAfterSeconds) };
    return { status: error.status, body: { error: error.toPayload() }, headers };
  }
  if (isAppError(error)) return { status: STATUS[error.code] ?? 422, body: { error: error.toPayload() } };
  log.error('rpc', 'internal error:', error);
  return { status: 500, body: { error: { code: 'internal', message: 'Lỗi nội bộ của máy chủ. Thao tác chưa được thực hiện; hãy thử lại.' } } };
}
