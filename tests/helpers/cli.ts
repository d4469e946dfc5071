import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect } from 'vitest';
import { tempDir } from './tempDir.ts';

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

export interface CliWorkspace {
  /** The data folder of the current test, a fresh temp folder. */
  dir: string;
  /** The workspace file `vankien workspace create` made in it. */
  ws: string;
}

/**
 * For every test of the calling file: a fresh data folder with a workspace `name` made by
 * `vankien workspace create`, removed after the test.
 */
export function useCliWorkspace(name: string): CliWorkspace {
  const t = {} as CliWorkspace;
  let made: ReturnType<typeof tempDir>;
  beforeEach(() => {
    made = tempDir();
    t.dir = made.path;
    const created = vankien('workspace', 'create', name, '--data', made.path, '--json');
    if (created.status !== 0) throw new Error(`workspace create → ${created.status} ${created.stderr}`);
    t.ws = created.json.path;
  });
  afterEach(() => made.remove());
  return t;
}

/** The sentence draft 2 of `draftFiles` adds to its sixth paragraph. */
export const DRAFT_2_ADDED = 'Đại hội nhấn mạnh yêu cầu đổi mới phương thức lãnh đạo.';

/**
 * Part of the city congress report as draft 1 and draft 2 as a member typed it elsewhere (one
 * sentence added, DRAFT_2_ADDED), written as .txt files in `dir`.
 */
export function draftFiles(dir: string): { one: string; two: string } {
  const text = readFileSync(CORPUS('thong-bao-nhanh-ket-qua-dai-hoi.txt'), 'utf8').normalize('NFC').split(/\n\s*\n/u).slice(28, 50);
  const [one, two] = [join(dir, 'du-thao-1.txt'), join(dir, 'du-thao-2.txt')];
  writeFileSync(one, text.join('\n\n'));
  writeFileSync(two, [...text.slice(0, 5), `${text[5]} ${DRAFT_2_ADDED}`, ...text.slice(6)].join('\n\n'));
  return { one, two };
}

/** The working copy of document `title` as `vankien export --format txt` writes it (into a new file in `dir`). */
export function exportedWorkingText(ws: string, title: string, dir: string): string {
  const out = join(dir, `working-${Math.random()}.txt`);
  expect(vankien('export', '--workspace', ws, '--document', title, '--format', 'txt', '--out', out).status).toBe(0);
  return readFileSync(out, 'utf8');
}
