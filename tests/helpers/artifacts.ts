import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ARTIFACTS = fileURLToPath(new URL('../.artifacts/', import.meta.url));

/**
 * Where a test writes a screenshot or file for people to look at: tests/.artifacts/ (ignored by
 * git), made on first use. Tests never write into docs/: the README's screenshots are copied from
 * here by hand when they are refreshed, so a test run leaves the working tree clean.
 */
export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return ARTIFACTS + name;
}
