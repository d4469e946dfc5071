import { useCallback, useEffect, useState } from 'react';
import { call } from '../api/rpcClient.ts';
import { navigate } from '../route/route.ts';
import { DraftsButton } from '../drafts/DraftsButton.tsx'; // drafts hook (issue #4)
import { FindBar } from './find/FindBar.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { OutlineSidebar } from '../outline/OutlineSidebar.tsx';
import { findKey } from '../../shared/editor/keys.ts';
import { TargetsPanel } from '../targets/TargetsPanel.tsx';
import { LanguageSwitch } from '../ui/LanguageSwitch.tsx';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { useLoad } from '../ui/useRpc.ts';
import { BlockContextMenu, useBlockContextMenu } from './BlockContextMenu.tsx';
import { EditorToolbar } from './EditorToolbar.tsx';
import { HeaderDialog } from './HeaderDialog.tsx';
import { NumberingDialog } from './NumberingDialog.tsx';
import { StatusBar } from './StatusBar.tsx';
import { useCollabEditor } from './useCollabEditor.ts';
import { useSettledState } from './useSettledState.ts';

type Dialog = 'numbering' | 'header' | null;

/** The editor page: toolbar, outline on the left, the live document, targets on the right, status bar. */
export function EditorPage({ workspaceId, documentId }: { workspaceId: string; documentId: string }) {
  const { t } = useI18n();
  const info = useLoad(() => call('document.list', { workspaceId }), [workspaceId]);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [showTargets, setShowTargets] = useState(false);
  const editor = useCollabEditor(workspaceId, documentId, { onEditHeader: () => setDialog('header'), headerEditLabel: t('header.edit') });
  const settled = useSettledState(editor.state);
  const menu = useBlockContextMenu(editor.view);
  const closeTargets = useCallback(() => setShowTargets(false), []);
  const title = info.data?.documents.find((d) => d.id === documentId)?.title ?? '';

  useUnsavedGuard(editor.sync.unsynced > 0, t('status.leaveUnsaved'));

  return (
    <div className="editor-page">
      <header className="topbar no-print">
        <button type="button" className="link" onClick={() => navigate({ page: 'home', workspaceId })}>
          {t('editor.back')}
        </button>
        <h1 className="doc-title" data-testid="doc-title" title={title}>
          {title}
        </h1>
        {/* Drafts panel and Yjs attribution (issue #4, renderer/drafts/). */}
        <DraftsButton workspaceId={workspaceId} documentId={documentId} view={editor.view} synced={editor.sync.synced} />
        <LanguageSwitch />
      </header>
      <EditorToolbar
        view={editor.view}
        state={editor.state}
        workspaceId={workspaceId}
        documentId={documentId}
        title={title}
        targetsOpen={showTargets}
        onToggleTargets={() => setShowTargets((v) => !v)}
        onNumbering={() => setDialog('numbering')}
        onHeader={() => setDialog('header')}
      />
      {info.error && <ErrorNote error={info.error} onRetry={info.reload} />}
      <div className="editor-body">
        <OutlineSidebar view={editor.view} state={settled} />
        <main className="page-scroll">
          <FindBar view={editor.view} find={editor.state ? findKey.getState(editor.state) : undefined} />
          {!editor.view && editor.sync.connection !== 'unavailable' && editor.sync.connection !== 'protocolTooOld' && (
            <p className="page-loading" data-testid="editor-loading" role="status">
              {t('editor.loading')}
            </p>
          )}
          <div className="page" ref={editor.mount} data-testid="editor" onContextMenu={menu.open} hidden={!editor.view} />
        </main>
        {showTargets && <TargetsPanel view={editor.view} state={settled} onClose={closeTargets} />}
      </div>
      <StatusBar sync={editor.sync} words={editor.words} refused={editor.refused} />
      {menu.at && editor.view && <BlockContextMenu view={editor.view} at={menu.at} onClose={menu.close} />}
      {dialog === 'numbering' && editor.state && editor.settings && (
        <NumberingDialog state={editor.state} settings={editor.settings} onClose={() => setDialog(null)} />
      )}
      {dialog === 'header' && editor.view && <HeaderDialog view={editor.view} onClose={() => setDialog(null)} />}
    </div>
  );
}

/** Warns before the page is left while changes have not reached the server. */
function useUnsavedGuard(unsaved: boolean, message: string) {
  useEffect(() => {
    if (!unsaved) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = message;
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [unsaved, message]);
}
