import { spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CORPUS } from '../helpers/cli.ts';
import { tempDir } from '../helpers/tempDir.ts';

const CLI = fileURLToPath(new URL('../../bin/vankien.mjs', import.meta.url));
// Every row of two corpus reports: about 190,000 characters of JSON, more than a pipe holds at once.
const ARGS = [CLI, 'compare', CORPUS('thong-bao-nhanh-ket-qua-dai-hoi.txt'), CORPUS('ket-qua-dai-hoi-phuong-thuy-nguyen.txt'), '--all', '--json'];

let dir: ReturnType<typeof tempDir>;
beforeEach(() => (dir = tempDir()));
afterEach(() => dir.remove());

describe('what vankien prints reaches standard output whole', () => {
  it('prints the same bytes into a pipe and into a file, however long the output', () => {
    const piped = spawnSync(process.execPath, ARGS, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    expect(piped.status, piped.stderr).toBe(0);
    expect(piped.stdout.length).toBeGreaterThan(150_000);
    const path = join(dir.path, 'out.json');
    const fd = openSync(path, 'w');
    try {
      const toFile = spawnSync(process.execPath, ARGS, { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
      expect(toFile.status, toFile.stderr).toBe(0);
    } finally {
      closeSync(fd);
    }
    expect(readFileSync(path, 'utf8')).toBe(piped.stdout);
    expect(JSON.parse(piped.stdout).changes.length).toBeGreaterThan(100);
  });

  it('ends with status 0 and says nothing when the reader closes the pipe early (as `| head` does)', async () => {
    const child = spawn(process.execPath, ARGS, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy()); // the first chunk, then no more reading
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });
});
