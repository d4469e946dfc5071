import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
};

export interface StaticFile {
  body: Buffer;
  type: string;
}

/**
 * The file of the built renderer for a URL path (already percent-decoded, without the query),
 * or index.html for any path without an extension (client-side routes). Paths that climb out
 * of `root` resolve to nothing.
 */
export function staticFile(root: string, decoded: string): StaticFile | null {
  const wanted = normalize(join(root, decoded));
  if (wanted !== root && !wanted.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  const path = existsSync(wanted) && statSync(wanted).isFile() ? wanted : extname(decoded) ? null : join(root, 'index.html');
  if (!path || !existsSync(path)) return null;
  return { body: readFileSync(path), type: TYPES[extname(path)] ?? 'application/octet-stream' };
}
