import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP_ROOT } from './paths.ts';

/** The app's version, as package.json states it (read when asked: the bundle and the sources agree). */
export function appVersion(): string {
  return (JSON.parse(readFileSync(join(APP_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}
