import type { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { yUndoPluginKey } from 'y-prosemirror';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { CONTENT_FRAGMENT } from '../../shared/document/contentFragment.ts';
import { SETTINGS_MAP } from '../../shared/document/documentSettings.ts';
import { numberingSchemeOf } from '../../shared/numbering/numberingSchemeOf.ts';
import { countWords } from '../../shared/text/countWords.ts';
import { emptyHintKey, numberingKey } from '../../shared/editor/keys.ts';
import { setReadOnly } from '../../shared/editor/plugins/readOnly.ts';
import { isOn as isSuggesting } from './suggestions/suggestModePlugin.ts';
import { type CollabSession, INITIAL_SYNC_STATE, openCollabSession, type Refusal, type SyncState } from './collabSession.ts';
import { createEditorState } from './createEditorState.ts';
import { HeaderNodeView } from './headerNodeView.ts';
import { isReadOnly } from './isReadOnly.ts';
import { valueStore } from './valueStore.ts';

export interface EditorCallbacks {
  /** The header's "edit" button was pressed. */
  onEditHeader(): void;
  /** Tooltip of the header's edit button, in the UI language. */
  headerEditLabel: string;
  /** What a blank document says to do, in the UI language. */
  emptyHint: string;
}

/** A change the server refused, after which the document was reopened from the server's copy. */
export interface RefusedChange {
  kind: Refusal;
  detail: string;
}

/**
 * A ProseMirror view bound to the document's Y.Doc. `mount` is a ref callback for the element
 * the editor lives in; the session and view are torn down when the page closes. `states` holds the
 * view's latest state and `syncs` the sync status, both stores rather than React state: they
 * change on every keystroke, and only the components that show a part of them (the block type,
 * the find bar, the status bar) re-render, through `useStoreValue`. `settings` is the Y.Doc's settings map, whose
 * numbering scheme is pushed into the numbering plugin whenever anyone changes it; `ydoc` and
 * `awareness` are the session's, once the view is made. When the
 * server refuses a change (content the schema does not allow), the session and view are made
 * again from the server's copy — the refused change would otherwise be sent again for ever —
 * and `refused` says so.
 */
export function useCollabEditor(workspaceId: string, documentId: string, callbacks: EditorCallbacks, user: string | null = null) {
  const [syncs] = useState(() => valueStore<SyncState>(INITIAL_SYNC_STATE));
  const [states] = useState(() => valueStore<EditorState | null>(null));
  const [generation, setGeneration] = useState(0);
  const [refused, setRefused] = useState<RefusedChange | null>(null);
  const [view, setView] = useState<EditorView | null>(null);
  const [settings, setSettings] = useState<Y.Map<unknown> | null>(null);
  const [live, setLive] = useState<CollabSession | null>(null);
  const [words, setWords] = useState(0);
  const host = useRef<HTMLElement | null>(null);
  const latest = useRef(callbacks);
  latest.current = callbacks;

  useEffect(() => {
    let editorView: EditorView | null = null;
    let closed = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pending: ReturnType<typeof setTimeout> | undefined;
    let opening: ReturnType<typeof setTimeout> | undefined;
    // The server's word on whether this connection may change the text (a team server's reviewers
    // may not), for the view made later; once it exists, its read-only plugin holds it (isReadOnly).
    let readOnly = false;
    let keptNothing = false;
    // The view is made only once the server's content has arrived. A view made over the empty
    // Y.Doc would write its own empty paragraph into Yjs on the first transaction (a click, a
    // key), and that paragraph would merge into the real content as a stray blank block.
    const session = openCollabSession(workspaceId, documentId, (next) => {
      syncs.set(next);
      if (next.readOnly && !keptNothing) {
        keptNothing = true;
        dropRefusedChanges(editorView !== null && !readOnly);
      }
      if (next.readOnly !== readOnly) {
        readOnly = next.readOnly;
        if (editorView && !editorView.isDestroyed) {
          editorView.dispatch(setReadOnly(editorView.state.tr, readOnly));
          // What this person typed while they could edit must not be undone into a text they may no longer change.
          if (readOnly) yUndoPluginKey.getState(editorView.state)?.undoManager.clear();
        }
      }
      if (next.refused && !closed) {
        closed = true;
        setRefused({ kind: next.refused, detail: next.refusedDetail });
        setTimeout(() => setGeneration((g) => g + 1), 0);
        return;
      }
      // Not inside the provider's callback: the view's first render dispatches.
      if (next.synced && !editorView && opening === undefined) opening = setTimeout(open, 0);
    }, user);
    // A read-only connection keeps nothing on disk, and a Y.Doc holding changes the server will
    // refuse (typed before a demotion, or kept offline by this person as a drafter) is made again
    // from the server's copy: otherwise they would be shown as the text and sent at every reconnect.
    const dropRefusedChanges = (wasEditing: boolean) => {
      void session.store.ready.then(async () => {
        const kept = session.store.loadedChanges();
        await session.store.discard();
        if ((kept || wasEditing) && !closed) {
          closed = true;
          setTimeout(() => setGeneration((g) => g + 1), 0);
        }
      });
    };
    const settingsMap = session.ydoc.getMap<unknown>(SETTINGS_MAP);
    const scheme = () => numberingSchemeOf(session.ydoc);
    // Never dispatch inside a Y.Doc event: when the settings change in the same update as the
    // content, ySyncPlugin has not yet put that content into ProseMirror, and any transaction
    // dispatched now would make it write ProseMirror's stale document back to Yjs, deleting
    // everyone's text. So the scheme is pushed once the event is over.
    const pushScheme = () => {
      clearTimeout(pending);
      pending = setTimeout(() => {
        if (!editorView) return;
        const next = scheme();
        const current = numberingKey.getState(editorView.state)?.scheme;
        if (JSON.stringify(next) !== JSON.stringify(current)) editorView.dispatch(editorView.state.tr.setMeta(numberingKey, next));
      }, 0);
    };

    function open() {
      if (closed) return;
      const initial = createEditorState(session.ydoc.getXmlFragment(CONTENT_FRAGMENT), session.provider.awareness, scheme(), () => latest.current.emptyHint, readOnly);
      editorView = new EditorView(host.current, {
        state: initial,
        nodeViews: { header: (node) => new HeaderNodeView(node, () => latest.current.onEditHeader(), latest.current.headerEditLabel) },
        // `this`, not `editorView`: ySyncPlugin dispatches while the view is being constructed.
        dispatchTransaction(this: EditorView, tr) {
          const view = this;
          // y-prosemirror 1.3.7 dispatches its cursor plugin's queued awareness meta to a view
          // destroyed meanwhile (its guard reads a `binding.isDestroyed` that no longer exists):
          // yjs/y-prosemirror#199, #265 ("matchesNode" of null on leaving the editor).
          if (view.isDestroyed) return;
          view.updateState(view.state.apply(tr));
          states.set(view.state);
          if (tr.docChanged) {
            // Counting 40,000 words on every keystroke is wasted work; count when typing pauses.
            clearTimeout(timer);
            timer = setTimeout(() => setWords(countWords(view.state.doc.textBetween(0, view.state.doc.content.size, ' ', ' '))), 300);
          }
        },
        // Both asked again on every state, so a change of scope (setReadOnly) reaches them at once.
        // In suggestion mode a reviewer types too: the mode turns typing into suggestions and changes no text.
        editable: (state) => !isReadOnly(state) || isSuggesting(state),
        // A read-only view is focusable, so a reviewer's caret and selection are still shared
        // (yCursorPlugin sends a cursor only while the view has focus) and they can select text.
        attributes: (state) => ({ spellcheck: 'false', lang: 'vi', ...(isReadOnly(state) ? { tabindex: '0' } : {}) }),
      });
      settingsMap.observe(pushScheme);
      setView(editorView);
      states.set(editorView.state);
      setSettings(settingsMap);
      setLive(session);
    }

    return () => {
      closed = true;
      clearTimeout(timer);
      clearTimeout(pending);
      clearTimeout(opening);
      settingsMap.unobserve(pushScheme);
      editorView?.destroy();
      session.destroy();
      setView(null);
      states.set(null);
      setSettings(null);
      setLive(null);
    };
  }, [workspaceId, documentId, generation, syncs, states, user]);

  // The blank document's hint is drawn when the view updates: redraw it in a new UI language.
  useEffect(() => {
    if (view && !view.isDestroyed) view.dispatch(view.state.tr.setMeta(emptyHintKey, callbacks.emptyHint));
  }, [view, callbacks.emptyHint]);

  // A refusal notice belongs to the document it happened in.
  useEffect(() => setRefused(null), [workspaceId, documentId]);

  const mount = useCallback((element: HTMLElement | null) => {
    host.current = element;
  }, []);

  const onStateless = useMemo(() => {
    if (!live) return null;
    return (listener: (payload: string) => void) => {
      const handler = ({ payload }: { payload: string }) => listener(payload);
      live.provider.on('stateless', handler);
      return () => void live.provider.off('stateless', handler);
    };
  }, [live]);
  const onSynced = useMemo(() => {
    if (!live) return null;
    return (listener: () => void) => {
      const handler = ({ state }: { state: boolean }) => state && listener();
      live.provider.on('synced', handler);
      return () => void live.provider.off('synced', handler);
    };
  }, [live]);

  /**
   * Whether unsent changes are kept on this machine (closing the page loses nothing). A function,
   * asked when the answer is used: the store can fail after any render (a full disk).
   */
  const keptOffline = useCallback(() => live?.store.keeping() ?? false, [live]);
  return { syncs, view, states, settings, words, mount, refused, keptOffline, ydoc: live?.ydoc ?? null, awareness: live?.provider.awareness ?? null, onStateless, onSynced };
}
