/**
 * A file name from a document title: NFC, the characters Windows refuses in names (and control
 * characters) replaced by spaces, spaces collapsed, at most 120 characters; `fallback` when
 * nothing is left. No extension is added.
 */
export function safeFileName(title: string, fallback = 'van-kien'): string {
  const clean = title
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120)
    .trim();
  return clean || fallback;
}
