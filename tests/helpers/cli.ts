import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../bin/vankien.mjs', import.meta.url));

/** Runs `vankien …` in its own process; parses stdout as JSON when it is JSON. */
export function vankien(...args: string[]): { status: number; stdout: string; stderr: string; json: any } {
  return vankienWithInput('', ...args);
}

/** `vankien …` with `input` on its standard input (e.g. a password for --password-stdin). */
export function vankienWithInput(input: string, ...args: string[]): { status: number; stdout: string; stderr: string; json: any } {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 60_000, input });
  let json: unknown = null;
  try {
    json = JSON.parse(result.stdout);
  } catch {
    json = null;
  }
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr, json };
}

export const CORPUS = (name: string) => fileURLToPath(new URL(`../../../shared/corpus/${name}`, import.meta.url));
