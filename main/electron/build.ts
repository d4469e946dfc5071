/**
 * `npm run build:electron`: bundles the Electron main process, the preload and the server entry
 * into dist/electron/*.cjs. Electron loads CommonJS; the preload must be a single file because
 * a sandboxed preload cannot require other modules.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

await build({
  entryPoints: { main: here('./main.ts'), preload: here('./preload.ts'), serverEntry: here('./serverEntry.ts') },
  outdir: here('../../dist/electron'),
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron'],
  sourcemap: true,
  logLevel: 'warning',
});
console.log('dist/electron: main.cjs, preload.cjs, serverEntry.cjs');
