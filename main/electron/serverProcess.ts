import { randomBytes } from 'node:crypto';
import { utilityProcess } from 'electron';

export interface DesktopServer {
  url: string;
  secret: string;
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
    child.on('message', (message: { type: string; url?: string; message?: string }) => {
      if (message.type === 'listening' && message.url) resolve({ url: message.url, secret, stop: () => child.kill() });
      if (message.type === 'error') reject(new Error(message.message));
    });
  });
}
