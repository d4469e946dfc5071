import { toggleMark } from 'prosemirror-commands';
import type { EditorView } from 'prosemirror-view';
import { useEffect, useState } from 'react';
import { redo, undo } from 'y-prosemirror';
import { schema } from '../../shared/document/schema.ts';
import { call } from '../api/rpcClient.ts';
import { navigate } from '../app/route.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { LanguageSwitch } from '../ui/LanguageSwitch.tsx';
import { useLoad } from '../ui/useRpc.ts';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { StatusBar } from './StatusBar.tsx';
import { useCollabEditor } from './useCollabEditor.ts';

/** The editor page: toolbar, the live document, and a status bar that tells the truth. */
export function EditorPage({ workspaceId, documentId }: { workspaceId: string; documentId: string }) {
  const { t } = useI18n();
  const info = useLoad(() => call('document.list', { workspaceId }), [workspaceId]);
  const editor = useCollabEditor(workspaceId, documentId);
  const title = info.data?.documents.find((d) => d.id === documentId)?.title ?? '';

  useUnsavedGuard(editor.sync.unsynced > 0, t('status.leaveUnsaved'));

  return (
    <div className="editor-page">
      <header className="topbar">
        <button type="button" className="link" onClick={() => navigate({ page: 'home', workspaceId })}>
          {t('editor.back')}
        </button>
        <h1 className="doc-title" data-testid="doc-title">
          {title}
        </h1>
        <LanguageSwitch />
      </header>
      <Toolbar view={editor.view} />
      {info.error && <ErrorNote error={info.error} onRetry={info.reload} />}
      <main className="page-scroll">
        <div className="page" ref={editor.mount} data-testid="editor" />
      </main>
      <StatusBar sync={editor.sync} words={editor.words} />
    </div>
  );
}

function Toolbar({ view }: { view: EditorView | null }) {
  const { t } = useI18n();
  const run = (command: (state: EditorView['state'], dispatch?: EditorView['dispatch']) => boolean) => () => {
    if (view) {
      command(view.state, view.dispatch);
      view.focus();
    }
  };
  return (
    <div className="toolbar" role="toolbar">
      <button type="button" title={t('editor.undo')} aria-label={t('editor.undo')} onClick={run(undo)}>
        ↶
      </button>
      <button type="button" title={t('editor.redo')} aria-label={t('editor.redo')} onClick={run(redo)}>
        ↷
      </button>
      <span className="sep" />
      <button type="button" title={t('editor.bold')} onClick={run(toggleMark(schema.marks.strong))}>
        <b>Đ</b>
      </button>
      <button type="button" title={t('editor.italic')} onClick={run(toggleMark(schema.marks.em))}>
        <i>N</i>
      </button>
      <button type="button" title={t('editor.underline')} onClick={run(toggleMark(schema.marks.underline))}>
        <u>G</u>
      </button>
    </div>
  );
}

/** Warns before the page is left while changes have not reached the server. */
function useUnsavedGuard(unsaved: boolean, message: string) {
  const [, setTick] = useState(0);
  useEffect(() => {
    if (!unsaved) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = message;
      setTick((n) => n + 1);
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [unsaved, message]);
}
