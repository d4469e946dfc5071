import { sep } from 'node:path';

/** What a shared server says instead of its data folder's absolute path. */
export const DATA_DIR_WORDS = 'thư mục dữ liệu của máy chủ';

/**
 * A message as a `serve` client may read it: the data folder's absolute path, and any other
 * absolute path of two segments or more, never cross to a browser (they tell a stranger the
 * account name and the layout of the machine). A file inside the data folder is named by
 * its base name (`dai-hoi.vkws`), the folder itself in words. The desktop owner sees the
 * message unchanged (the caller decides).
 */
export function hidePaths(text: string, dataDir: string): string {
  const dir = dataDir.replace(/[\\/]+$/, '');
  const inFolder = dir ? text.split(dir + sep).join('').split(dir).join(DATA_DIR_WORDS) : text;
  return inFolder.replace(ABSOLUTE_PATH, (path) => path.split(/[\\/]/).filter(Boolean).pop() ?? '');
}

/** A POSIX or Windows absolute path of at least two segments, starting a word (so "1/2" is no path). */
const ABSOLUTE_PATH = /(?<=^|[\s"'(“‘«])(?:\/|[A-Za-z]:\\)[^\s"'”’»)\\/]+(?:[\\/][^\s"'”’»)\\/]*)+/g;

/** Every string field of an error payload (message, and any detail another part adds) with its paths hidden. */
export function hidePayloadPaths<T extends object>(payload: T, dataDir: string): T {
  return Object.fromEntries(Object.entries(payload).map(([key, value]) => [key, typeof value === 'string' ? hidePaths(value, dataDir) : value])) as T;
}
