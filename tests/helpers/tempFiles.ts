import { join } from 'node:path';
import { afterEach } from 'vitest';
import { tempDir } from './tempDir.ts';

/**
 * For the tests of a describe block: a function giving a fresh path named `name` in a new temp
 * folder each time it is called; the folders are removed after each test.
 */
export function useTempFiles(name: string): () => string {
  const dirs: { remove: () => void }[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => d.remove()));
  return () => {
    const dir = tempDir();
    dirs.push(dir);
    return join(dir.path, name);
  };
}
