import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startWorkspaceServer } from '../server/WorkspaceServer.ts';
import { defaultDataDir, RENDERER_DIR } from './paths.ts';

export const SERVE_HELP = `vankien serve [--data <thư mục>] [--port <số>] [--host <địa chỉ>]
  Chạy máy chủ không gian làm việc cho trình duyệt (mặc định 127.0.0.1:4600) và in đường dẫn để mở.`;

/** `vankien serve`: the workspace server, headless, until SIGINT/SIGTERM. */
export async function serveCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { data: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' } },
  });
  const port = values.port === undefined ? 4600 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Cổng không hợp lệ: ${values.port}`);
  if (!existsSync(RENDERER_DIR)) {
    process.stderr.write('Chưa có giao diện đã build (dist/renderer). Hãy chạy "npm run serve" hoặc "npm run build:renderer".\n');
  }
  const server = await startWorkspaceServer({
    dataDir: resolve(values.data ?? defaultDataDir()),
    host: values.host ?? '127.0.0.1',
    port,
    secret: process.env.VANKIEN_SECRET || undefined,
    staticDir: RENDERER_DIR,
  });
  // Before the URL is printed: whoever reads it may stop the server at once, and the data
  // folder's lock must then be released.
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  process.stdout.write(`Văn Kiện Studio đang chạy tại ${server.url}\nMở đường dẫn sau trong trình duyệt (có khoá truy cập, đừng chia sẻ công khai):\n${server.openUrl}\n`);
}
