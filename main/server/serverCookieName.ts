import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { log } from '../log/logger.ts';
import { SESSION_COOKIE_PREFIX, SESSION_COOKIE_ID } from '../../shared/rpc/protocol.ts';
import { writeFileAtomically } from '../storage/writeFileAtomically.ts';

/** The file in a data folder that holds the server's id, which names its session cookie. Not a secret. */
export const SERVER_ID_FILE = 'server-id';

/**
 * The session cookie's name for the server of `dataDir`: `vk_session_<id>`, with an id made at
 * the folder's first start and kept, so a restarted server keeps its name (and its people stay
 * signed in), and two servers on one host (a team server and the desktop's, both on 127.0.0.1)
 * never share one. A file that does not hold an id is replaced by a new one: the only cost is
 * that the browser's old cookie is no longer sent, as after a logout. A folder the server cannot
 * write to (read-only media) gets an id derived from its path instead: as stable, and as unique
 * on this host, since two servers never hold one folder (DataFolderLock).
 */
export function serverCookieName(dataDir: string): string {
  const path = join(dataDir, SERVER_ID_FILE);
  let id: string | null = null;
  try {
    const text = readFileSync(path, 'utf8').trim();
    if (SESSION_COOKIE_ID.test(text)) id = text;
  } catch {
    // missing or unreadable: a new id below
  }
  if (id === null) {
    id = randomBytes(6).toString('hex');
    try {
      writeFileAtomically(path, `${id}\n`);
    } catch (error) {
      log.warn('server', `cannot keep the server id in ${path}; using one derived from the folder's path:`, error);
      id = createHash('sha256').update(resolve(dataDir)).digest('hex').slice(0, 12);
    }
  }
  return `${SESSION_COOKIE_PREFIX}${id}`;
}
