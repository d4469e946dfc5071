/** What of a key event says whether it submits. */
interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
}

/** Ctrl+Enter (⌘+Enter on a Mac): what submits a form with a multi-line answer, where Enter is a new line. */
export function isSubmitKey(event: KeyLike): boolean {
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey);
}
