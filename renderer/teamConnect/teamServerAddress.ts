/**
 * The address typed in the dialog, checked before anything is asked of the desktop: the same
 * rules main/services/teamConnect applies (desktopTeamServerUrl), said in the page's language.
 * No scheme means https://; plain http:// only for this machine (loopback).
 */
export type AddressCheck =
  | { ok: true; origin: string }
  | { ok: false; problem: 'empty' | 'malformed' | 'scheme' | 'credentials' | 'insecure'; host?: string };

const isLoopback = (hostname: string) => hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);

export function checkTeamServerAddress(typed: string): AddressCheck {
  const text = typed.trim();
  if (!text) return { ok: false, problem: 'empty' };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return { ok: false, problem: 'malformed' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, problem: 'scheme' };
  if (!url.hostname) return { ok: false, problem: 'malformed' };
  if (url.username || url.password) return { ok: false, problem: 'credentials' };
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) return { ok: false, problem: 'insecure', host: url.host };
  return { ok: true, origin: url.origin };
}

/** "AB:CD:…" (32 bytes) as 8 groups of 4 bytes, so a person can compare it group by group. */
export function fingerprintGroups(fingerprint256: string): string[] {
  const bytes = fingerprint256.split(':');
  const groups: string[] = [];
  for (let at = 0; at < bytes.length; at += 4) groups.push(bytes.slice(at, at + 4).join(':'));
  return groups;
}
