// Finds the command line's bundle (main/cli/build.ts) and says whether it may run.
// Node's modules through getBuiltinModule: an ES import of node:fs would also load fs/promises.
const { readFileSync, realpathSync, statSync } = process.getBuiltinModule('node:fs');
const { join, sep } = process.getBuiltinModule('node:path');
const { fileURLToPath, pathToFileURL } = process.getBuiltinModule('node:url');

const MAYBE_ABSENT = { throwIfNoEntry: false };

/**
 * The URL of the bundle's entry in the folder `dirUrl`, or null when the bundle must not run: there is none, or
 * one of the files it was made from changed since (another mtime or size), or is gone. With `command` (the
 * first argument of `vankien`), only the files whose code that command can run are checked (the manifest's
 * `commands`; see main/cli/build.ts), else all of them. One stat per file: about a millisecond, against
 * hundreds to load the TypeScript sources.
 */
export function freshBundle(dirUrl, command) {
  let dir;
  let manifest;
  try {
    dir = realpathSync(fileURLToPath(dirUrl)); // the inputs' paths are relative to the real folder
    manifest = JSON.parse(readFileSync(join(dir, 'bundle.json'), 'utf8'));
  } catch {
    return null;
  }
  const { inputs, commands } = manifest;
  // Object.hasOwn: a first argument such as "constructor" names no command.
  const checked = command !== undefined && Object.hasOwn(commands, command) ? commands[command] : null;
  // Joined by hand: path.join normalises each of the ~280 paths character by character in code
  // not yet compiled, which cost 11 ms of every command's start; the file system resolves "..".
  const base = dir + sep;
  const count = checked ? checked.length : inputs.length;
  for (let n = 0; n < count; n++) {
    const [path, mtimeMs, size] = inputs[checked ? checked[n] : n];
    const now = statSync(base + path, MAYBE_ABSENT);
    if (now === undefined || now.mtimeMs !== mtimeMs || now.size !== size) return null;
  }
  return pathToFileURL(join(dir, manifest.entry)).href;
}
