/** What of a keypress decides the text it types. */
export interface KeyPress {
  charCode: number;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  isComposing: boolean;
}

/**
 * The text a keypress types, or null when it types none the editor should insert itself: a
 * shortcut (Ctrl without Alt; AltGr arrives as Ctrl+Alt and types), Meta, a key of an input
 * method's composition, a line break (Enter has its own commands), a control character, or half
 * of a surrogate pair (left to the browser, which reads it whole).
 */
export function typedText(event: KeyPress): string | null {
  const code = event.charCode;
  if (event.isComposing || !code || (event.ctrlKey && !event.altKey) || event.metaKey) return null;
  if (code < 0x20 || code === 0x7f || (code >= 0xd800 && code <= 0xdfff)) return null;
  return String.fromCharCode(code);
}
