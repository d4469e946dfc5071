/**
 * `npm run bench -- cli`: the `vankien` command as a whole process, as a global install or
 * `npm link` runs it (`node bin/vankien.mjs …`), beside a plain Node script doing the comparison
 * with jsdiff (`node tests/bench/jsdiffCompare.mjs a b`), in one run, interleaved so load on the
 * machine falls on all alike. Two drafts of a 30,000-word report as .txt, with the edits of
 * compare.bench.ts. The bundle is built first when it is missing or older than the sources.
 * Targets (issue 9): `vankien --help` ≤ 120 ms; `vankien compare` ≥ 3× faster than the script.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: plain JavaScript beside the bin, without type declarations
import { freshBundle } from '../../bin/freshBundle.mjs';
import type { NumberedBlock } from '../../shared/document/flatBlock.ts';
import { displayPrefix } from '../../shared/numbering/displayPrefix.ts';
import { generateReport } from '../fixtures/generators/report.ts';
import { type PlantCounts, plantEdits } from '../fixtures/generators/plantEdits.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { summarise, type Timing } from './stats.ts';

const BIN = fileURLToPath(new URL('../../bin/vankien.mjs', import.meta.url));
const JSDIFF = fileURLToPath(new URL('./jsdiffCompare.mjs', import.meta.url));
const BUILD = fileURLToPath(new URL('../../main/cli/build.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** As compare.bench.ts: about 5% of the blocks changed, of every kind. */
const COUNTS: PlantCounts = { word: 15, tone: 6, punctuation: 6, number: 6, inserted: 6, deleted: 6, moved: 6, movedEdited: 3, split: 3, merged: 3, renumbered: 5 };

/** A report as a .txt the way a person would have typed it: labels in the text, blank lines between blocks. */
const asText = (blocks: NumberedBlock[]) => blocks.map((b) => `${displayPrefix(b.type, b.number)}${b.text}`).join('\n\n') + '\n';
const words = (text: string) => text.split(/\s+/u).filter(Boolean).length;

/** Runs each command `runs` times after `warmup` untimed rounds, round-robin. */
function race(commands: Record<string, { command: string; args: string[] }>, runs: number, warmup = 2): Record<string, Timing> {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (let i = -warmup; i < runs; i++) {
    for (const [name, { command, args }] of Object.entries(commands)) {
      const start = performance.now();
      const run = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      const ms = performance.now() - start;
      if (run.status !== 0) throw new Error(`${name} failed (${run.status}): ${run.stderr}`);
      if (i >= 0) samples[name].push(ms);
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, summarise(v)]));
}

export async function run(): Promise<Record<string, unknown>> {
  if (!freshBundle(new URL('../../dist/cli/', import.meta.url))) execFileSync(process.execPath, [BUILD], { stdio: 'pipe' });
  const dir = tempDir('vankien-cli-bench-');
  try {
    const left = generateReport({ words: 30_000, seed: 9 });
    const right = plantEdits(left, { seed: 10, counts: COUNTS }).right;
    const [a, b] = [join(dir.path, 'du-thao-1.txt'), join(dir.path, 'du-thao-2.txt')];
    writeFileSync(a, asText(left));
    writeFileSync(b, asText(right));
    const node = (...args: string[]) => ({ command: process.execPath, args });
    const t = race({ node: node('-e', ''), help: node(BIN, '--help'), compare: node(BIN, 'compare', a, b, '--json'), jsdiff: node(JSDIFF, a, b) }, 20);
    const npx = race({ npx_help: { command: 'npx', args: ['--no-install', 'vankien', '--help'] } }, 5, 1);
    const ratio = (x: number, y: number) => Math.round((x / y) * 10) / 10;
    return {
      input: { words: [words(asText(left)), words(asText(right))] },
      node_empty_process: { ms: t.node, note: 'node -e "": the floor of any command on this machine' },
      vankien_help: { ms: t.help, target_ms: 120 },
      vankien_compare: { ms: t.compare, note: 'node bin/vankien.mjs compare a.txt b.txt --json' },
      jsdiff_script: { ms: t.jsdiff, note: 'node tests/bench/jsdiffCompare.mjs a.txt b.txt: read both, diffWords, print the changes' },
      jsdiff_over_vankien: { median: ratio(t.jsdiff.median, t.compare.median), min: ratio(t.jsdiff.min, t.compare.min), target: 3 },
      npx_vankien_help: { ms: npx.npx_help, note: 'through npx --no-install: npm adds its own start-up to any command' },
    };
  } finally {
    dir.remove();
  }
}
