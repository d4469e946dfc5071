import { EditorView } from 'prosemirror-view';
import { useCallback, useEffect, useRef, useState } from 'react';
import { countWords } from '../../shared/text/countWords.ts';
import { CONTENT_FRAGMENT } from '../../shared/document/contentFragment.ts';
import { openCollabSession, type SyncState } from './collabSession.ts';
import { createEditorState } from './createEditorState.ts';
import { localUser } from './userIdentity.ts';

/**
 * A ProseMirror view bound to the document's Y.Doc. `mount` is a ref callback for the element
 * the editor lives in; the session and view are torn down when the page closes.
 */
export function useCollabEditor(workspaceId: string, documentId: string) {
  const [sync, setSync] = useState<SyncState>({ connection: 'connecting', unsynced: 0, synced: false, people: 1 });
  const [view, setView] = useState<EditorView | null>(null);
  const [words, setWords] = useState(0);
  const host = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const session = openCollabSession(workspaceId, documentId, setSync);
    session.provider.awareness?.setLocalStateField('user', localUser());
    const state = createEditorState(session.ydoc.getXmlFragment(CONTENT_FRAGMENT), session.provider.awareness);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const editorView = new EditorView(host.current, {
      state,
      // `this`, not `editorView`: ySyncPlugin dispatches while the view is being constructed.
      dispatchTransaction(this: EditorView, tr) {
        const view = this;
        view.updateState(view.state.apply(tr));
        if (tr.docChanged) {
          // Counting 40,000 words on every keystroke is wasted work; count when typing pauses.
          clearTimeout(timer);
          timer = setTimeout(() => setWords(countWords(view.state.doc.textBetween(0, view.state.doc.content.size, ' ', ' '))), 300);
        }
      },
      attributes: { spellcheck: 'false', lang: 'vi' },
    });
    setView(editorView);
    return () => {
      clearTimeout(timer);
      editorView.destroy();
      session.destroy();
      setView(null);
    };
  }, [workspaceId, documentId]);

  const mount = useCallback((element: HTMLElement | null) => {
    host.current = element;
  }, []);

  return { sync, view, words, mount };
}
