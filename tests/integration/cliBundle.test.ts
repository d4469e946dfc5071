import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BundleManifest } from '../../main/cli/build.ts';
import { displayPrefix } from '../../shared/numbering/displayPrefix.ts';
import { buildDocx } from '../fixtures/buildDocx.ts';
import { generateReport } from '../fixtures/generators/report.ts';
import { plantEdits } from '../fixtures/generators/plantEdits.ts';
import { reportSpec } from '../fixtures/reportDocx.ts';
import { call } from '../helpers/rpc.ts';
import { startServeProcess } from '../helpers/serveProcess.ts';
import { tempDir } from '../helpers/tempDir.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TRACE_HOOK = pathToFileURL(fileURLToPath(new URL('../helpers/traceModules.mjs', import.meta.url))).href;
let dir: ReturnType<typeof tempDir>;
let app: string;
let bundle: string;
let files: [string, string];

/**
 * An installed copy of the command line, as `npm link` or a global install has it: the bin, package.json and
 * dist/cli built by main/cli/build.ts, plus links to the sources the bin falls back to.
 */
beforeAll(() => {
  dir = tempDir('vankien-cli-bundle-');
  app = join(dir.path, 'app');
  bundle = join(app, 'dist', 'cli');
  mkdirSync(join(app, 'bin'), { recursive: true });
  for (const file of ['vankien.mjs', 'freshBundle.mjs']) copyFileSync(join(ROOT, 'bin', file), join(app, 'bin', file));
  copyFileSync(join(ROOT, 'package.json'), join(app, 'package.json'));
  for (const folder of ['main', 'shared', 'node_modules']) symlinkSync(join(ROOT, folder), join(app, folder));
  execFileSync(process.execPath, [join(ROOT, 'main', 'cli', 'build.ts')], { env: { ...process.env, VANKIEN_CLI_OUT: bundle }, stdio: 'pipe' });
  const left = generateReport({ words: 5_000, seed: 3 });
  const right = plantEdits(left, { seed: 4, counts: { word: 3, inserted: 1, moved: 1 } }).right;
  files = [join(dir.path, 'a.txt'), join(dir.path, 'b.txt')];
  for (const [i, blocks] of [left, right].entries()) writeFileSync(files[i], blocks.map((b) => `${displayPrefix(b.type, b.number)}${b.text}`).join('\n\n'));
});
afterAll(() => dir.remove());

/** Runs the installed copy's bin with every module it loads traced. */
function traced(...args: string[]): { status: number | null; stdout: string; stderr: string; loaded: string[] } {
  const trace = join(dir.path, `trace-${Math.random()}.txt`);
  writeFileSync(trace, '');
  const run = spawnSync(process.execPath, ['--import', TRACE_HOOK, join(app, 'bin', 'vankien.mjs'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, VANKIEN_TRACE_MODULES: trace },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, loaded: readFileSync(trace, 'utf8').split('\n').filter(Boolean) };
}
const ours = (loaded: string[]) => loaded.filter((url) => url.startsWith('file:') && !url.endsWith('traceModules.mjs')).map((url) => fileURLToPath(url));
const inBundle = (loaded: string[]) => ours(loaded).filter((path) => path.startsWith(bundle)).map((path) => path.slice(bundle.length + 1));

describe('the bundled command line', () => {
  it('vankien --help loads the bin and the bundle’s entry, none of the commands, no TypeScript and no dependency', () => {
    const run = traced('--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('vankien compare');
    expect(ours(run.loaded).filter((path) => !path.startsWith(bundle))).toEqual([join(app, 'bin', 'vankien.mjs'), join(app, 'bin', 'freshBundle.mjs')]);
    const chunks = inBundle(run.loaded);
    expect(chunks).toContain('main.mjs');
    expect(chunks.filter((c) => /Command-/u.test(c))).toEqual([]);
    expect(chunks.reduce((bytes, c) => bytes + statSync(join(bundle, c)).size, 0)).toBeLessThan(30_000);
    expect(run.loaded.filter((url) => ['node:http', 'node:sqlite', 'node:worker_threads'].includes(url))).toEqual([]);
    // Node's modules are taken with process.getBuiltinModule (the trace sees those too), never imported.
    expect(run.loaded).toContain('node:fs');
    for (const chunk of readdirSync(bundle).filter((name) => name.endsWith('.mjs'))) expect(readFileSync(join(bundle, chunk), 'utf8'), chunk).not.toMatch(/^import[^;]*from "node:/mu);
  });

  it('vankien compare of two files loads only the compare command, nothing of workspaces or the server, and prints what the sources print', () => {
    const run = traced('compare', ...files, '--json');
    expect(run.status, run.stderr).toBe(0);
    const commands = inBundle(run.loaded).filter((c) => /Command-/u.test(c));
    expect(commands.map((c) => c.replace(/-\w+\.mjs$/u, ''))).toEqual(['compareCommand']);
    expect(ours(run.loaded).filter((path) => !path.startsWith(bundle) && !path.startsWith(join(app, 'bin')))).toEqual([]);
    // (node:worker_threads is loaded: fflate's Node build requires it for its async API.)
    expect(run.loaded.filter((url) => ['node:http', 'node:sqlite', 'node:net'].includes(url))).toEqual([]);
    const fromSources = spawnSync(process.execPath, [join(ROOT, 'main', 'cli', 'main.ts'), 'compare', ...files, '--json'], { encoding: 'utf8' });
    expect(run.stdout).toBe(fromSources.stdout);
    expect(JSON.parse(run.stdout).stats).toMatchObject({ modified: 3, inserted: 1, moved: 1 });
  });

  it('runs the TypeScript sources instead once a file the bundle was made from changed, and the bundle again once rebuilt', () => {
    const manifestPath = join(bundle, 'bundle.json');
    const fresh = readFileSync(manifestPath, 'utf8');
    expect(traced('--version', '--json').stdout).toContain('"fromSources": false');
    const manifest = JSON.parse(fresh) as BundleManifest;
    const edited = manifest.inputs.find(([path]) => path.endsWith('main/cli/compareCommand.ts'))!;
    edited[1] -= 1000; // as if compareCommand.ts were saved since
    writeFileSync(manifestPath, JSON.stringify(manifest));
    try {
      const stale = traced('--version', '--json');
      expect(JSON.parse(stale.stdout)).toMatchObject({ fromSources: true });
      expect(ours(stale.loaded)).toContain(join(ROOT, 'main', 'cli', 'main.ts'));
      expect(inBundle(stale.loaded)).toEqual([]);
      const compared = traced('compare', ...files, '--json');
      expect(JSON.parse(compared.stdout).stats).toMatchObject({ modified: 3, inserted: 1, moved: 1 });
      expect(inBundle(compared.loaded)).toEqual([]);
      // A command that cannot load compareCommand.ts checks only its own files: the bundle still runs it.
      const other = traced('outline', '--help');
      expect(inBundle(other.loaded)).toContain('main.mjs');
      expect(ours(other.loaded)).not.toContain(join(ROOT, 'main', 'cli', 'main.ts'));
    } finally {
      writeFileSync(manifestPath, fresh);
    }
    expect(inBundle(traced('--version').loaded)).toContain('main.mjs');
  });

  it('vankien serve from the bundle runs large imports in the bundled job worker', async () => {
    const server = await startServeProcess({ dataDir: join(dir.path, 'data'), bin: join(app, 'bin', 'vankien.mjs') });
    try {
      const { workspace } = await call(server.url, server.secret, 'workspace.create', { name: 'Gói' });
      const bytes = buildDocx(reportSpec(40_000).spec); // past the inline threshold: it goes to a worker
      const { document } = await call(server.url, server.secret, 'document.import', {
        workspaceId: workspace.id, kind: 'political_report', fileName: 'bao-cao.docx', dataBase64: Buffer.from(bytes).toString('base64'),
      });
      const exported = await call(server.url, server.secret, 'document.export', { workspaceId: workspace.id, documentId: document.id, format: 'txt' });
      expect(Buffer.from(exported.dataBase64, 'base64').toString('utf8').length).toBeGreaterThan(100_000);
      expect(server.output()).not.toMatch(/job_failed|ERR_MODULE_NOT_FOUND/u);
    } finally {
      await server.stop();
    }
  });
});

describe('vankien in this checkout', () => {
  it('runs through npx --no-install, as after npm install', () => {
    const run = spawnSync('npx', ['--no-install', 'vankien', '--version'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^vankien \d+\.\d+\.\d+/u);
  });
});
