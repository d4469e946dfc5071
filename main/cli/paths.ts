import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository (or installed app) root: two levels above this file. */
export const APP_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The built renderer that `serve` hands out. */
export const RENDERER_DIR = join(APP_ROOT, 'dist', 'renderer');

/** Where workspaces live when --data is not given: $VANKIEN_DATA, else ~/VanKienStudio. */
export function defaultDataDir(): string {
  return process.env.VANKIEN_DATA || join(homedir(), 'VanKienStudio');
}
