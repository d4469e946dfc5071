import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';

/**
 * The full name in an /etc/passwd line's GECOS field (its first comma-separated part: "Nguyễn
 * Văn An,,," → "Nguyễn Văn An"), or '' when the line has none.
 */
export function gecosFullName(passwdLine: string): string {
  const fields = passwdLine.split(':');
  return fields.length >= 7 ? (fields[4].split(',')[0] ?? '').normalize('NFC').trim() : '';
}

/**
 * The operating system account's full name (Linux: GECOS of the account in /etc/passwd), else
 * its user name; '' when neither can be read (a process without a passwd entry).
 */
export function osFullName(passwdFile = '/etc/passwd'): string {
  let info: { username: string; uid: number };
  try {
    info = userInfo();
  } catch {
    return '';
  }
  if (process.platform === 'linux' || process.platform === 'freebsd') {
    try {
      const line = readFileSync(passwdFile, 'utf8').split('\n').find((entry) => entry.split(':')[2] === String(info.uid) && entry.startsWith(`${info.username}:`));
      const full = line ? gecosFullName(line) : '';
      if (full) return full;
    } catch {
      // no readable passwd file: the user name it is
    }
  }
  return info.username.normalize('NFC');
}
