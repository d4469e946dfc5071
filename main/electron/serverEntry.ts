/**
 * Entry of the workspace server inside Electron's utilityProcess. Plain Node: it starts the
 * same server as `vankien serve`, on 127.0.0.1 and a free port, with the secret the main
 * process generated, and reports its URL on the parent port.
 */
import { isAppError } from '../../shared/errors.ts';
import { registerSecret, routeConsole } from '../log/logger.ts';
import { startWorkspaceServer } from '../server/WorkspaceServer.ts';
import { makeDataFolder } from '../storage/dataFolder.ts';

interface ParentPort {
  postMessage(message: unknown): void;
}

const parentPort = (process as unknown as { parentPort: ParentPort }).parentPort;
const { VANKIEN_SECRET, VANKIEN_DATA, VANKIEN_RENDERER } = process.env;
if (!VANKIEN_SECRET || !VANKIEN_DATA || !VANKIEN_RENDERER) throw new Error('serverEntry needs VANKIEN_SECRET, VANKIEN_DATA and VANKIEN_RENDERER');
registerSecret(VANKIEN_SECRET);
routeConsole(); // what the server and its libraries log is cut and never shows the secret

const start = async () => {
  makeDataFolder(VANKIEN_DATA); // a new one readable by this account only; a failure is reported below
  return startWorkspaceServer({ dataDir: VANKIEN_DATA, host: '127.0.0.1', port: 0, secret: VANKIEN_SECRET, staticDir: VANKIEN_RENDERER, allowLinking: true });
};
start().then(
  (server) => {
    // The app stops this process with SIGTERM: close first, so the data folder's lock file goes too.
    process.once('SIGTERM', () => void server.close().finally(() => process.exit(0)));
    parentPort.postMessage({ type: 'listening', url: server.url, cookieName: server.sessionCookieName });
  },
  (error: Error) => parentPort.postMessage({ type: 'error', message: startFailure(error, VANKIEN_DATA) }),
);

/** The sentence the user reads: an expected failure says itself; anything else (Node's English) is put in Vietnamese. */
function startFailure(error: Error, dataDir: string): string {
  if (isAppError(error)) return error.message;
  return `Máy chủ không gian làm việc không khởi động được (${error.message}). Hãy kiểm tra thư mục dữ liệu ${dataDir}: đó phải là một thư mục bạn được ghi vào.`;
}
