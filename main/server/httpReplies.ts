import { STATUS_CODES, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ErrorCode, ErrorPayload } from '../../shared/errors.ts';
import type { Gate } from './gate.ts';

/** Every JSON reply says so: refusals included, so a client never has to guess. */
export const JSON_TYPE = 'application/json; charset=utf-8';

/** An error answered before any handler runs: status, `{error: {code, message}}`, extra headers. */
export interface ErrorReply {
  status: number;
  error: ErrorPayload;
  headers?: Record<string, string>;
}

function reply(status: number, code: ErrorCode, message: string, headers?: Record<string, string>): ErrorReply {
  return { status, error: { code, message }, headers };
}

/** The refusals of the way in, one sentence each, shared by HTTP requests and socket upgrades. */
export const REFUSALS = {
  badTarget: reply(400, 'bad_request', 'Địa chỉ của yêu cầu không hợp lệ (ký tự hoặc mã %.. sai).'),
  // Answered with the server's cleared cookie (malformedCookieRefusal), so a value planted by another page does not refuse every request.
  malformedCookie: reply(400, 'bad_request', 'Cookie phiên của trình duyệt không hợp lệ và đã được xoá. Hãy mở lại đường dẫn có khoá truy cập mà máy chủ in ra.'),
  foreignOrigin: reply(403, 'forbidden_origin', 'Yêu cầu từ nguồn không được phép.'),
  unauthorized: reply(401, 'unauthorized', 'Thiếu hoặc sai khoá truy cập. Nếu máy chủ đã tạo khoá mới, hãy mở đường dẫn mới mà máy chủ in ra.'),
  // A team server: no session, or one that ended (expired, logged out, the account disabled).
  signedOut: reply(401, 'unauthorized', 'Bạn chưa đăng nhập, hoặc phiên đăng nhập đã hết hạn. Hãy đăng nhập lại.'),
  teamMalformedCookie: reply(400, 'bad_request', 'Cookie phiên của trình duyệt không hợp lệ và đã được xoá. Hãy đăng nhập lại.'),
  notFound: reply(404, 'not_found', 'Không có trang này.'),
  badVersion: reply(400, 'bad_request', 'Phiên bản giao thức (v) trên địa chỉ đồng bộ không hợp lệ. Hãy tải lại trang.'),
  headersTooLarge: reply(
    431,
    'bad_request',
    'Trình duyệt gửi kèm quá nhiều cookie cho địa chỉ này (thường do một trang khác trên cùng máy đặt vào), nên máy chủ không đọc được yêu cầu. Hãy xoá cookie của trang này trong cài đặt trình duyệt, rồi mở lại đường dẫn có khoá truy cập mà máy chủ in ra.',
  ),
  requestTimeout: reply(408, 'bad_request', 'Yêu cầu gửi quá chậm và đã bị ngắt. Hãy gửi lại.'),
  malformedRequest: reply(400, 'bad_request', 'Yêu cầu HTTP không hợp lệ.'),
  methodNotAllowed: reply(405, 'bad_request', 'Máy chủ Văn Kiện không nhận phương thức HTTP này.', { Allow: 'GET, POST' }),
  upgradeMethod: reply(405, 'bad_request', 'Kết nối đồng bộ phải mở bằng GET.', { Allow: 'GET' }),
  badUpgrade: reply(400, 'bad_request', 'Yêu cầu mở kết nối đồng bộ (WebSocket) không hợp lệ. Hãy tải lại trang.'),
  internal: reply(500, 'internal', 'Lỗi nội bộ của máy chủ. Thao tác chưa được thực hiện; hãy thử lại.'),
} satisfies Record<string, ErrorReply>;

/** The refusal of a malformed session cookie, which clears the cookie (never `Secure`, as the browser may be on http). */
export function malformedCookieRefusal(gate: Gate): ErrorReply {
  const refusal = gate.team ? REFUSALS.teamMalformedCookie : REFUSALS.malformedCookie;
  return { ...refusal, headers: { 'Set-Cookie': gate.cookie.cleared(false) } };
}

export function sendJson(res: ServerResponse, status: number, headers: Record<string, string>, body: unknown): void {
  const bytes = Buffer.from(JSON.stringify(body));
  res.writeHead(status, { ...headers, 'Content-Type': JSON_TYPE, 'Content-Length': String(bytes.length) });
  res.end(bytes);
}

export function sendError(res: ServerResponse, headers: Record<string, string>, refusal: ErrorReply): void {
  sendJson(res, refusal.status, { ...headers, ...refusal.headers }, { error: refusal.error });
}

/**
 * The same reply written by hand on a socket that is not (or no longer) an HTTP response: an
 * upgrade request, or a request Node's parser refused. The connection is closed afterwards.
 */
export function writeRawError(socket: Duplex, refusal: ErrorReply): void {
  if (!socket.writable) return void socket.destroy();
  const body = Buffer.from(JSON.stringify({ error: refusal.error }));
  const headers = { ...refusal.headers, 'Content-Type': JSON_TYPE, 'Content-Length': String(body.length), Connection: 'close' };
  const head = `HTTP/1.1 ${refusal.status} ${STATUS_CODES[refusal.status] ?? ''}\r\n${Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('')}\r\n`;
  socket.end(Buffer.concat([Buffer.from(head, 'latin1'), body]));
}
