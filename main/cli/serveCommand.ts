import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../../shared/errors.ts';
import { folderKey, type FolderKey, type KeyOrigin } from '../server/accessKeyFile.ts';
import { routeConsole } from '../log/logger.ts';
import { startWorkspaceServer, type RunningServer } from '../server/WorkspaceServer.ts';
import { makeDataFolder, othersCanRead } from '../storage/dataFolder.ts';
import { SERVE_HELP } from './helpTexts.ts';
import { parseCommandArgs } from './parseCommandArgs.ts';
import { readTls, teamBanner, teamHostRefusal } from './teamServe.ts';
import { defaultDataDir, RENDERER_DIR } from './paths.ts';
import { stdoutStream } from './writeStdout.ts';

/** `vankien serve`: the workspace server, headless, until SIGINT/SIGTERM. */
export async function serveCommand(args: string[]): Promise<void> {
  const { values } = parseCommandArgs({
    args,
    options: {
      data: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      'new-key': { type: 'boolean' },
      team: { type: 'boolean' },
      'tls-cert': { type: 'string' },
      'tls-key': { type: 'string' },
      'insecure-http': { type: 'boolean' },
    },
  }, SERVE_HELP);
  const port = values.port === undefined ? 4600 : parsePort(values.port);
  const host = values.host ?? '127.0.0.1';
  const tls = readTls(values['tls-cert'], values['tls-key']);
  if (values.team) {
    const refusal = teamHostRefusal(host, tls !== undefined, values['insecure-http'] ?? false);
    if (refusal) throw refusal;
  }
  routeConsole(); // what the server and its libraries log is cut and never shows the key
  if (!existsSync(RENDERER_DIR)) {
    process.stderr.write('Chưa có giao diện đã build (dist/renderer). Hãy chạy "npm run serve" hoặc "npm run build:renderer".\n');
  }
  const dataDir = resolve(values.data ?? defaultDataDir());
  makeDataFolder(dataDir); // a new one readable by this account only
  if (values.team) return serveTeam({ dataDir, host, port, tls, insecureHttp: values['insecure-http'] ?? false });
  const fromEnv = process.env.VANKIEN_SECRET || undefined;
  const stored = fromEnv ? null : folderKey(dataDir, values['new-key'] ?? false);
  const server = await startWorkspaceServer({ dataDir, host, port, secret: fromEnv ?? stored!.key, staticDir: RENDERER_DIR, tls });
  const about = stored ? saveKey(stored) : ENV_NOTE + (values['new-key'] ? ' --new-key không có tác dụng khi đặt biến này.' : '');
  stopOnSignals(server);
  const exposed = othersCanRead(dataDir) ? `${exposedNote(dataDir)}\n` : '';
  stdoutStream().write(`Văn Kiện Studio đang chạy tại ${server.url}\n${about}\n${exposed}Mở đường dẫn sau trong trình duyệt (có khoá truy cập, đừng chia sẻ công khai):\n${server.openUrl}\n`);
}

/**
 * `vankien serve --team`: accounts in the data folder instead of the access key (no key is
 * made or printed); the setup code is printed while there is no account.
 */
async function serveTeam(options: { dataDir: string; host: string; port: number; tls: { cert: Buffer; key: Buffer } | undefined; insecureHttp: boolean }): Promise<void> {
  const { insecureHttp, ...rest } = options;
  const server = await startWorkspaceServer({ ...rest, team: {}, staticDir: RENDERER_DIR });
  stopOnSignals(server);
  const exposed = othersCanRead(options.dataDir) ? `${exposedNote(options.dataDir)}\n` : '';
  stdoutStream().write(teamBanner(server.url, server.accounts!.setupCode, insecureHttp) + exposed);
}

/**
 * Registered before the address is printed: whoever reads it may stop the server at once, and
 * the data folder's lock must then be released.
 */
function stopOnSignals(server: RunningServer): void {
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** A port number as typed: digits only, 0 (any free port) to 65535. */
function parsePort(text: string): number {
  const port = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
  if (!(port <= 65535)) throw new AppError('bad_request', `Cổng "${text}" không hợp lệ: hãy cho một số từ 1 đến 65535 (0: một cổng trống bất kỳ), ví dụ --port 4600.\n${SERVE_HELP}`);
  return port;
}

/** Stores a new key once the server listens (a failed start changes nothing) and says what happened to the key. */
function saveKey(stored: FolderKey): string {
  try {
    stored.save();
  } catch (error) {
    return `Không lưu được khoá truy cập vào ${stored.path} (${(error as Error).message}): lần khởi động sau sẽ có khoá khác. Hãy kiểm tra quyền ghi thư mục dữ liệu.`;
  }
  return KEY_NOTES[stored.origin].replace('{file}', stored.path);
}

const KEY_NOTES: Record<KeyOrigin, string> = {
  kept: 'Khoá truy cập giữ như lần trước (tệp {file}); các trang đang mở vẫn dùng được. Muốn đổi khoá: --new-key.',
  created: 'Đã tạo khoá truy cập cho thư mục dữ liệu này, lưu trong {file} (chỉ tài khoản này đọc được).',
  renewed: 'Đã tạo khoá truy cập mới (--new-key), lưu trong {file}. Đường dẫn cũ không còn dùng được: các trang đang mở sẽ xin dán đường dẫn dưới đây.',
  repaired: 'Tệp khoá {file} không chứa khoá hợp lệ; đã tạo khoá mới. Các trang đang mở sẽ xin dán đường dẫn dưới đây.',
};

const ENV_NOTE = 'Khoá truy cập lấy từ biến môi trường VANKIEN_SECRET.';

/** An existing data folder other accounts can open: its workspace files may be readable by them. */
function exposedNote(dataDir: string): string {
  return `Lưu ý: các tài khoản khác trên máy này mở được thư mục dữ liệu ${dataDir}, nên có thể đọc các văn kiện trong đó. Để chỉ tài khoản này đọc được, hãy chạy: chmod 700 ${dataDir}`;
}
