/**
 * `npm run bench`: runs every tests/bench/*.bench.ts and prints one JSON object, keyed by file.
 * Each bench module exports `run(): Promise<Record<string, unknown>>` returning its figures
 * (milliseconds as numbers, with the target beside each where an issue names one).
 * `npm run bench -- compare` runs only the files whose name contains "compare".
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2] ?? '';
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts') && f.includes(filter))
  .sort();

const results: Record<string, unknown> = {};
for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { run: () => Promise<Record<string, unknown>> };
  results[file.replace(/\.bench\.ts$/, '')] = await mod.run();
}
console.log(JSON.stringify(results, null, 2));
