import type { EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { ReactNode } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { MessageKey } from '../i18n/messages.ts';
import type { ValueStore } from './valueStore.ts';

/** What the editor page gives every panel and toolbar entry when it draws them. */
export interface EditorContext {
  workspaceId: string;
  documentId: string;
  /** The document's title, '' until known. */
  title: string;
  view: EditorView | null;
  /**
   * The view's latest state, a new one on every keystroke. A store, not a value: the page does
   * not re-render as you type; the component that shows part of it reads that part with
   * `useStoreValue(states, select)` and re-renders when it changes.
   */
  states: ValueStore<EditorState | null>;
  /**
   * The state for panels that summarise the whole document: it follows typing after a pause and
   * a change of structure at once (useSettledState), so a 1,200-block outline is not rebuilt on
   * every keystroke. Memoise on it.
   */
  settled: EditorState | null;
  /** The document's Y.Doc has synced with the server. */
  synced: boolean;
  /** The live Y.Doc and the presence of the people in it, once the view is made (null before). */
  ydoc: Y.Doc | null;
  awareness: Awareness | null;
  /**
   * Listens to the stateless messages the server sends on the document's sync socket (such as
   * COMMENTS_CHANGED, shared/rpc/protocol.ts); returns the function that stops listening. Null
   * until the session is open.
   */
  onStateless: ((listener: (payload: string) => void) => () => void) | null;
  /** Listens for the document syncing with the server again (after a dropped connection too); returns the function that stops. */
  onSynced: ((listener: () => void) => () => void) | null;
  /**
   * The server made this connection read-only: entries that change the text are disabled (the
   * editor refuses such changes anyway, shared/editor/plugins/readOnly.ts). The editor's own
   * answer (isReadOnly of the view's state), so it never disagrees with what the view accepts.
   */
  readOnly: boolean;
}

/**
 * A panel beside the page (`left`, `right`) or above its text (`top`). Panels of one place are
 * drawn in `order`. A panel with a `toggle` starts closed and the toolbar gets a button, at
 * `toggle.order`, that opens and closes it; `close` (stable while the page lives) closes it from
 * inside.
 */
export interface EditorPanel {
  /** Unique among the page's panels: React's key and the open state of a toggled panel. */
  id: string;
  place: 'left' | 'top' | 'right';
  order: number;
  toggle?: { order: number; label: MessageKey; testId: string };
  render(context: EditorContext, close: () => void): ReactNode;
}

/**
 * An entry in the top bar (after the title, before the language switch) or in the toolbar, drawn
 * in `order` among the editor's own entries. The editor's own toolbar entries take these places:
 * undo, redo, block type and marks 10–80; numbering 300, header 310; shortcut help 500; then the
 * spacer at 600, after which entries sit at the right end.
 */
export interface ToolbarEntry {
  /** Unique among the page's entries: React's key. */
  id: string;
  place: 'topbar' | 'toolbar';
  order: number;
  render(context: EditorContext): ReactNode;
}

/**
 * What one feature adds to the editor page. The page draws whatever features it is given (their
 * list is composed in renderer/app/editorFeatures.ts) and imports none of them: a new panel is a
 * file in its feature's folder and one line in that list; its strings are in the folder's
 * messages/ and its styles in the folder's stylesheet, which that file imports. A feature that
 * changes what the editor does (decorations, keys, paste) adds its plugin to
 * renderer/editor/editorPlugins.ts and its key to shared/editor/keys.ts.
 */
export interface EditorFeature {
  /** Names the feature in errors and tests. */
  id: string;
  panels?: readonly EditorPanel[];
  toolbar?: readonly ToolbarEntry[];
}
