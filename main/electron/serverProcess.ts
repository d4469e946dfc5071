import { randomBytes } from 'node:crypto';
import { utilityProcess } from 'electron';

export interface DesktopServer {
  url: string;
  secret: string;
  /** The server's session cookie name (`vk_session_<id>`): the window sets the secret under it. */
  cookieName: string;
  stop(): void;
}

/** Starts the workspace server in a utilityProcess and resolves once it listens. */
export function startServerProcess(entry: string, dataDir: string, rendererDir: string): Promise<DesktopServer> {
  const secret = randomBytes(24).toString('base64url');
  const child = utilityProcess.fork(entry, [], {
    serviceName: 'Văn Kiện workspace server',
    env: { ...process.env, VANKIEN_SECRET: secret, VANKIEN_DATA: dataDir, VANKIEN_RENDERER: rendererDir },
    stdio: 'inherit',
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`Máy chủ không gian làm việc dừng đột ngột (mã ${code}).`)));
    child.on('message', (message: { type: string; url?: string; cookieName?: string; message?: string }) => {
      if (message.type === 'listening' && message.url && message.cookieName) resolve({ url: message.url, secret, cookieName: message.cookieName, stop: () => child.kill() });
      if (message.type === 'error') reject(new Error(message.message));
    });
  });
}
