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
  if (event.isComposing || !event.charCode || (event.ctrlKey && !event.altKey) || event.metaKey) return null;
  const text = String.fromCharCode(event.charCode);
  return NOT_TYPED.test(text) ? null : text;
}

/** Control characters (line breaks among them), DEL, and either half of a surrogate pair. */
const NOT_TYPED = /^[\u0000-\u001f\u007f\ud800-\udfff]$/u;
