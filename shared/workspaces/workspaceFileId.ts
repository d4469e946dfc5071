/**
 * The file id for a new workspace named `name`: its letters and digits (Vietnamese kept, NFC),
 * other characters as "-", at most 60 characters, made unique against `taken` with "-2", "-3"….
 */
export function workspaceFileId(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .normalize('NFC')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'khong-gian';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
