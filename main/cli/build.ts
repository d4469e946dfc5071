/**
 * `npm run build:cli` (also run by `prepare`, so by `npm install`/`npm ci`, and by `npm test`):
 * bundles the command line into dist/cli as ES modules, the way build:electron bundles the
 * desktop entry points. `main.mjs` holds only what `vankien --help` needs; each command is a chunk
 * of its own, loaded when it runs (main/cli/commands.ts), and `jobWorker.mjs`, the server's job
 * worker, sits beside the chunks, where JobPool looks for it (`import.meta.url` is the chunk's
 * own URL in an ES module bundle).
 *
 * `bundle.json` lists every file the bundle was made from with its mtime and size, and for each
 * command the files of the modules it can load. The bin (bin/vankien.mjs) runs the bundle only
 * while the files of the command it runs are unchanged, and the TypeScript sources otherwise, so
 * an edited checkout never runs stale code (docs/architecture.md, "A command line that starts
 * fast"). Files are written under temporary names and renamed, the list last: a `vankien`
 * starting meanwhile runs either build whole, or the sources.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinModules } from 'node:module';
import type { BuildOptions, Metafile, Plugin } from 'esbuild';
import { COMMANDS } from './commands.ts';

/** What bundle.json holds. */
export interface BundleManifest {
  /** The bundle's entry, relative to bundle.json. */
  entry: string;
  /** Every source file, this script and npm's record of node_modules: [path relative to bundle.json, mtimeMs, size]. */
  inputs: [string, number, number][];
  /**
   * For each command of main/cli/commands.ts, the indices in `inputs` of the files whose code
   * `vankien <command>` can run: main.ts's static imports, the command's module with everything it
   * imports, statically or dynamically, and the job worker where the job pool is among them; this
   * script and npm's record too. Any other command (or none) checks every input.
   */
  commands: Record<string, number[]>;
  /** The files this build wrote, so the next one removes those it no longer makes. */
  outputs: string[];
}

const root = fileURLToPath(new URL('../..', import.meta.url));
/** The job pool, which starts the job worker's entry by its URL (commandInputs). */
const JOB_POOL = 'main/services/jobs/JobPool.ts';
const JOB_WORKER = 'main/services/jobs/jobWorker.ts';
const outdir = resolve(process.env.VANKIEN_CLI_OUT ?? join(root, 'dist', 'cli'));

const options: BuildOptions = {
  absWorkingDir: root,
  entryPoints: { main: 'main/cli/main.ts', jobWorker: 'main/services/jobs/jobWorker.ts' },
  outdir,
  outExtension: { '.js': '.mjs' },
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  sourcemap: true,
  metafile: true,
  write: false,
  logLevel: 'warning',
  // CommonJS dependencies (ws) call require() for Node's modules; an ES module has no require
  // of its own, so each file gets one (evanw/esbuild#1921).
  banner: { js: "const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);" },
  plugins: [builtinsFromProcess()],
};

/**
 * Node's modules are taken with `process.getBuiltinModule` instead of an ES `import`: importing a
 * built-in as an ES module builds its ES facade (every export copied, and for some the module
 * behind it loaded too: `node:fs` brings `fs/promises`), which was about a tenth of `compare`'s
 * start. Each `node:x` (or bare `fs`) import becomes a small module exporting the built-in's own
 * properties by name, listed here at build time; CommonJS dependencies' require() is left alone.
 */
function builtinsFromProcess(): Plugin {
  const bare = new Set(builtinModules.filter((name) => !name.startsWith('_')));
  return {
    name: 'builtins-from-process',
    setup(build) {
      build.onResolve({ filter: /^[a-z_/]+$|^node:/ }, (args) => {
        // require() in CommonJS dependencies stays Node's own require (the banner's), which
        // hands back module.exports itself (a function, for `events`), not a module's namespace.
        if (args.kind === 'require-call') return undefined;
        const name = args.path.startsWith('node:') ? args.path : bare.has(args.path) ? `node:${args.path}` : null;
        return name ? { path: name, namespace: 'node-builtin' } : undefined;
      });
      build.onLoad({ filter: /.*/, namespace: 'node-builtin' }, (args) => {
        const exported = Object.keys(process.getBuiltinModule(args.path) ?? {}).filter((key) => /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default');
        // Each export is a pure call, so the bundle keeps only those some module uses.
        const lines = [`const m = process.getBuiltinModule(${JSON.stringify(args.path)});`, 'export default m;'];
        for (const key of exported) lines.push(`export const ${key} = /* @__PURE__ */ (() => m.${key})();`);
        return { contents: lines.join('\n'), loader: 'js' };
      });
    },
  };
}

let esbuild: typeof import('esbuild');
try {
  esbuild = await import('esbuild');
} catch {
  // `npm install --omit=dev`: no esbuild, so no bundle; the bin runs the sources.
  console.log('build:cli: esbuild is not installed; vankien will run from the TypeScript sources.');
  process.exit(0);
}
const result = await esbuild.build(options);

const manifestPath = join(outdir, 'bundle.json');
const previous = readManifest(manifestPath);
mkdirSync(outdir, { recursive: true });
// Chunks before entries, entries before the list: nothing written refers to a file not yet there.
const files = [...result.outputFiles!].sort((a, b) => rank(a.path) - rank(b.path));
for (const file of files) writeAtomically(file.path, file.contents);
const outputs = files.map((f) => relative(outdir, f.path));
// Our own files one by one; dependencies through npm's record of node_modules, which every
// npm install, ci or update rewrites (a stat of each of their ~180 files would double the check).
const inputs = Object.keys(result.metafile!.inputs).filter((p) => !p.startsWith('node_modules/') && !p.startsWith('node-builtin:')).map((p) => resolve(root, p));
const always = [inputs.push(fileURLToPath(import.meta.url)) - 1];
const npmRecord = join(root, 'node_modules', '.package-lock.json');
if (existsSync(npmRecord)) always.push(inputs.push(npmRecord) - 1);
const manifest: BundleManifest = {
  entry: 'main.mjs',
  inputs: inputs.map((p) => [relative(outdir, p), ...stamp(p)]),
  commands: commandInputs(result.metafile!, inputs, always),
  outputs,
};
writeAtomically(manifestPath, JSON.stringify(manifest));
for (const old of previous?.outputs ?? []) if (!outputs.includes(old)) rmSync(join(outdir, old), { force: true });
console.log(`dist/cli: ${outputs.filter((o) => o.endsWith('.mjs')).length} modules from ${inputs.length} files`);

/**
 * The inputs each command can run (BundleManifest.commands), as indices in `inputs`. A command
 * checks only these: a file outside them is imported by no module the command loads, so its
 * edits cannot make the command's code stale. Checking compare's ~210 files instead of all ~470
 * is 5 M of its instructions. Found in the metafile's graph of sources, which keeps files whose
 * code the bundle dropped, through imports of every kind (a command's .docx or workspace code
 * loads only when asked for, but may be); the job pool starts its worker by URL, not by import,
 * so a command reaching the pool reaches the worker's entry too. `always`: this script and npm's
 * record.
 */
function commandInputs(metafile: Metafile, inputs: string[], always: number[]): Record<string, number[]> {
  const indexOf = new Map(inputs.map((p, i) => [relative(root, p), i]));
  const mainStatic = reached(metafile, 'main/cli/main.ts', ['import-statement']);
  const commands: Record<string, number[]> = {};
  for (const name of Object.keys(COMMANDS)) {
    const module = `main/cli/${name}Command.ts`;
    if (!metafile.inputs[module]) throw new Error(`build:cli: the command ${name} has no module ${module}`);
    const sources = new Set([...mainStatic, ...reached(metafile, module, ['import-statement', 'require-call', 'dynamic-import'])]);
    if (sources.has(JOB_POOL)) for (const p of reached(metafile, JOB_WORKER, ['import-statement', 'require-call', 'dynamic-import'])) sources.add(p);
    const own = [...sources].flatMap((p) => indexOf.get(p) ?? []); // node_modules' files: through npm's record
    commands[name] = [...own, ...always].sort((a, b) => a - b);
  }
  return commands;
}

/** The source files reached from `start` (itself included) through imports of the given kinds. */
function reached(metafile: Metafile, start: string, kinds: string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length > 0) {
    const path = stack.pop()!;
    if (seen.has(path) || !metafile.inputs[path]) continue;
    seen.add(path);
    for (const im of metafile.inputs[path].imports) if (kinds.includes(im.kind)) stack.push(im.path);
  }
  return seen;
}

function rank(path: string): number {
  const name = relative(outdir, path);
  return name.startsWith('main.') || name.startsWith('jobWorker.') ? 1 : 0;
}

function stamp(path: string): [number, number] {
  const s = statSync(path);
  return [s.mtimeMs, s.size];
}

function writeAtomically(path: string, contents: Uint8Array | string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, path);
}

function readManifest(path: string): BundleManifest | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as BundleManifest;
  } catch {
    return null;
  }
}
