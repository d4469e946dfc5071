/**
 * Where a redirect of ours may send the browser: a path on this server, or `/`. A path must
 * start with exactly one `/`: `//host` and `/\host` are read by browsers as another host (an
 * open redirect), and browsers drop tabs and newlines, so `/\t/host` is refused as well.
 */
export function sameOriginPath(candidate: string): string {
  return /^\/(?![/\\])[^\\\x00-\x20\x7f]*$/.test(candidate) ? candidate : '/';
}
