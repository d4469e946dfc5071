/**
 * `npm start`: launches Electron on the built app. The electron package downloads its binary
 * on first use; where that download is blocked (machines without internet), this says so in one
 * sentence and points to `npm run serve`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const electronDir = (() => {
  try {
    return dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
})();

/** The Electron executable, found as the electron package finds it (path.txt), or null. */
function electronBinary(): string | null {
  if (!electronDir) return null;
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/** Runs the package's own downloader once (not when the user asked to skip it). */
function tryDownload(): void {
  if (!electronDir || process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return;
  console.log('Đang tải Electron (chỉ lần đầu)…');
  spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'ignore', timeout: 300_000 });
}

let binary = electronBinary();
if (!binary) {
  tryDownload();
  binary = electronBinary();
}
if (!binary) {
  console.error('Không có tệp chạy Electron trên máy này (bản tải về bị chặn); hãy dùng "npm run serve" để mở Văn Kiện Studio trong trình duyệt.');
  process.exit(1);
}
const root = fileURLToPath(new URL('../..', import.meta.url));
const child = spawn(binary, [root], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
