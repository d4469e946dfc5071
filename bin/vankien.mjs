#!/usr/bin/env node
// The `vankien` command. Runs the bundle in dist/cli (npm run build:cli, also run by npm install
// and npm test) while it is as new as the sources it was made from, else the TypeScript sources,
// which Node ≥ 24 runs directly (type stripping): slower to start, never stale.
const [major] = process.versions.node.split('.').map(Number);
if (major < 24) {
  console.error(`Văn Kiện Studio cần Node.js 24 trở lên (máy đang dùng ${process.versions.node}).`);
  process.exit(1);
}
// V8's compiled code is kept between runs (in the temp folder, keyed by each file's contents, as
// TypeScript's tsc does); NODE_DISABLE_COMPILE_CACHE=1 turns it off.
process.getBuiltinModule('node:module').enableCompileCache?.();
const { freshBundle } = await import('./freshBundle.mjs');
// The command named first (main/cli/main.ts runs `vankien <command> …`) has only its own files checked.
await import(freshBundle(new URL('../dist/cli/', import.meta.url), process.argv[2]) ?? '../main/cli/main.ts');
