// Finds the command line's bundle (main/cli/build.ts) and says whether it may run.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * The URL of the bundle's entry in the folder `dirUrl`, or null when the bundle must not run: there is none, or
 * one of the files it was made from changed since (another mtime or size), or is gone. One stat
 * per input: about a millisecond, against hundreds to load the TypeScript sources.
 */
export function freshBundle(dirUrl) {
  const dir = fileURLToPath(dirUrl);
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(dir, 'bundle.json'), 'utf8'));
  } catch {
    return null;
  }
  for (const [path, [mtimeMs, size]] of Object.entries(manifest.inputs)) {
    const now = statSync(join(dir, path), { throwIfNoEntry: false });
    if (now === undefined || now.mtimeMs !== mtimeMs || now.size !== size) return null;
  }
  return pathToFileURL(join(dir, manifest.entry)).href;
}
