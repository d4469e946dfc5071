import type { Command } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { usePageKeys } from '../../ui/usePageKeys.ts';
import { findStep, openFind } from '../../../shared/editor/commands/findCommands.ts';

/** The find command for a key event, if it is one of the find shortcuts. */
export function findShortcut(event: KeyboardEvent): Command | null {
  const mod = event.ctrlKey || event.metaKey;
  if (mod && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'f') return openFind(false);
  if (mod && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'h') return openFind(true);
  if (event.key === 'F3' && !mod && !event.altKey) return findStep(event.shiftKey ? -1 : 1);
  return null;
}

/**
 * Ctrl+F, Ctrl+H and F3 anywhere on the editor page (the toolbar, the outline, the find bar),
 * not only in the text, where the editor's keymap takes them first: the browser's own find
 * cannot see tone-placement variants and does not search the whole document.
 */
export function useFindShortcuts(view: EditorView | null): void {
  usePageKeys((event) => {
    const command = view && findShortcut(event);
    if (!command) return;
    event.preventDefault();
    command(view.state, view.dispatch);
  }, view !== null);
}
