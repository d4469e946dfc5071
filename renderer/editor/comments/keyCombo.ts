/** Whether a key event is Ctrl+Alt+M (⌘+⌥+M on a Mac), read from the key's place so any layout works. */
export function isCommentShortcut(event: KeyboardEvent): boolean {
  return event.altKey && (event.ctrlKey || event.metaKey) && !event.shiftKey && event.code === 'KeyM';
}
