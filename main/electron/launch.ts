/**
 * `npm start`: launches Electron on the built app. Where Electron's binary could not be
 * downloaded (as on machines without internet), says so in one sentence and points to serve.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The Electron executable, found the way the electron package finds it (path.txt beside its
 * package.json), without requiring the package: requiring it tries to download a missing binary.
 */
function electronBinary(): string | null {
  try {
    const dir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const pathFile = join(dir, 'path.txt');
    return existsSync(pathFile) ? join(dir, 'dist', readFileSync(pathFile, 'utf8').trim()) : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();

if (!binary || !existsSync(binary)) {
  console.error('Không có tệp chạy Electron trên máy này (bản tải về bị chặn); hãy dùng "npm run serve" để mở Văn Kiện Studio trong trình duyệt.');
  process.exit(1);
}
const root = fileURLToPath(new URL('../..', import.meta.url));
const child = spawn(binary, [root], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
