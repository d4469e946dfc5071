/**
 * `npm run build:electron`: bundles the Electron main process, the preload, the server entry and
 * the server's job worker into dist/electron/*.cjs. Electron loads CommonJS; the preload must be
 * a single file because a sandboxed preload cannot require other modules. `import.meta.url` is the
 * bundle's own file URL, so the job pool finds jobWorker.cjs beside serverEntry.cjs (Electron
 * reads worker scripts inside app.asar since electron/electron#33216).
 */
import { build, type BuildOptions } from 'esbuild';
import { fileURLToPath } from 'node:url';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

const common: BuildOptions = {
  outdir: process.env.VANKIEN_BUILD_OUT ?? here('../../dist/electron'),
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron'],
  sourcemap: true,
  logLevel: 'warning',
};

// The sandboxed preload can require almost nothing: it gets no banner.
await build({ ...common, entryPoints: { preload: here('./preload.ts') } });
await build({
  ...common,
  entryPoints: { main: here('./main.ts'), serverEntry: here('./serverEntry.ts'), jobWorker: here('../services/jobs/jobWorker.ts') },
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
});
console.log('dist/electron: main.cjs, preload.cjs, serverEntry.cjs, jobWorker.cjs');
