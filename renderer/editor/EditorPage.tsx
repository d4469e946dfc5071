import { Fragment, useEffect, useMemo, useRef, useState } from 'react';
import { useMember } from '../accounts/member.ts';
import { call } from '../api/rpcClient.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { navigate } from '../route/route.ts';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { LanguageSwitch } from '../ui/LanguageSwitch.tsx';
import { useLoad } from '../ui/useRpc.ts';
import { useWindowTitle } from '../ui/useWindowTitle.ts';
import { BlockContextMenu, useBlockContextMenu } from './BlockContextMenu.tsx';
import type { EditorContext, EditorFeature, EditorPanel } from './EditorFeature.ts';
import { EditorToolbar } from './EditorToolbar.tsx';
import { featureSlots } from './featureSlots.ts';
import { HeaderDialog } from './HeaderDialog.tsx';
import { isReadOnly } from './isReadOnly.ts';
import { NumberingDialog } from './NumberingDialog.tsx';
import { SectionMoveNotice } from './SectionMoveNotice.tsx';
import { StatusBar } from './StatusBar.tsx';
import { useCollabEditor } from './useCollabEditor.ts';
import { useOpenPanels } from './useOpenPanels.tsx';
import { useSettledState } from './useSettledState.ts';
import type { SyncState } from './collabSession.ts';
import { type ValueStore, useStoreValue } from './valueStore.ts';
import './page.css';
import './editor.css';

type Dialog = 'numbering' | 'header' | null;

interface Props {
  workspaceId: string;
  documentId: string;
  /** What features add to the page: panels beside and above the text, top bar and toolbar entries. */
  features: readonly EditorFeature[];
}

/**
 * The editor page: top bar, toolbar, the live document with the features' panels around it
 * (outline on the left, find above the text, targets on the right …), status bar. It draws the
 * features it is given and knows none of them (see EditorFeature).
 */
export function EditorPage({ workspaceId, documentId, features }: Props) {
  const { t } = useI18n();
  const info = useLoad(() => call('document.list', { workspaceId }), [workspaceId]);
  const [dialog, setDialog] = useState<Dialog>(null);
  // The header's node view calls back outside React's render: it reads the scope from here.
  const readOnlyNow = useRef(false);
  const editor = useCollabEditor(workspaceId, documentId, {
    onEditHeader: () => setDialog((open) => (readOnlyNow.current ? open : 'header')),
    headerEditLabel: t('editor.header.edit'),
    emptyHint: t('editor.emptyHint'),
  }, useMember()?.name ?? null);
  const settled = useSettledState(editor.states);
  const synced = useStoreValue(editor.syncs, (s) => s.synced);
  const connection = useStoreValue(editor.syncs, (s) => s.connection);
  const readOnly = useStoreValue(editor.states, isReadOnly);
  readOnlyNow.current = readOnly;
  const menu = useBlockContextMenu(editor.view);
  const slots = useMemo(() => featureSlots(features), [features]);
  const panels = useOpenPanels(slots.toggled);
  const title = info.data?.documents.find((d) => d.id === documentId)?.title ?? '';
  useWindowTitle(title);
  const context: EditorContext = {
    workspaceId,
    documentId,
    title,
    view: editor.view,
    states: editor.states,
    settled,
    synced,
    ydoc: editor.ydoc,
    awareness: editor.awareness,
    onStateless: editor.onStateless,
    onSynced: editor.onSynced,
    readOnly,
  };
  const drawn = (place: EditorPanel['place']) =>
    slots.panels[place]
      .filter((panel) => !panel.toggle || panels.open.has(panel.id))
      .map((panel) => <Fragment key={panel.id}>{panel.render(context, panels.closer(panel.id))}</Fragment>);
  // The right's always-shown panels (comments, suggestions) share one column, one above the other,
  // so the page keeps its width; a panel opened from the toolbar (targets) gets a column of its own.
  const rightStacked = slots.panels.right.filter((panel) => !panel.toggle);
  const rightToggled = slots.panels.right.filter((panel) => panel.toggle && panels.open.has(panel.id));

  // Changes kept on this machine are sent when the page opens again: leaving loses nothing then.
  useUnsavedGuard(editor.syncs, editor.keptOffline, t('editor.status.leaveUnsaved'));

  return (
    <div className="editor-page">
      <header className="topbar no-print">
        <button type="button" className="link" onClick={() => navigate({ page: 'home', workspaceId })}>
          {t('editor.back')}
        </button>
        <h1 className="doc-title" data-testid="doc-title" title={title}>
          {title}
        </h1>
        {slots.topbar.map((entry) => (
          <Fragment key={entry.id}>{entry.render(context)}</Fragment>
        ))}
        <LanguageSwitch />
      </header>
      <EditorToolbar
        context={context}
        entries={[...slots.toolbar, ...panels.toggles]}
        onNumbering={() => setDialog('numbering')}
        onHeader={() => setDialog('header')}
      />
      {info.error && <ErrorNote error={info.error} onRetry={info.reload} />}
      <div className="editor-body">
        {drawn('left')}
        <main className="page-scroll">
          {drawn('top')}
          {!editor.view && connection !== 'unavailable' && connection !== 'protocolTooOld' && (
            <p className="page-loading" data-testid="editor-loading" role="status">
              {t('editor.loading')}
            </p>
          )}
          <div className="page" ref={editor.mount} data-testid="editor" onContextMenu={readOnly ? undefined : menu.open} hidden={!editor.view} />
        </main>
        {rightStacked.length > 0 && (
          <div className="side-stack no-print" data-testid="side-stack">
            {rightStacked.map((panel) => <Fragment key={panel.id}>{panel.render(context, panels.closer(panel.id))}</Fragment>)}
          </div>
        )}
        {rightToggled.map((panel) => <Fragment key={panel.id}>{panel.render(context, panels.closer(panel.id))}</Fragment>)}
      </div>
      <StatusBar syncs={editor.syncs} words={editor.words} refused={editor.refused} kept={editor.keptOffline} />
      <SectionMoveNotice states={editor.states} />
      {menu.at && editor.view && !readOnly && <BlockContextMenu view={editor.view} at={menu.at} onClose={menu.close} />}
      {dialog === 'numbering' && !readOnly && editor.view && editor.settings && (
        <NumberingDialog state={editor.view.state} settings={editor.settings} onClose={() => setDialog(null)} />
      )}
      {dialog === 'header' && !readOnly && editor.view && <HeaderDialog view={editor.view} onClose={() => setDialog(null)} />}
    </div>
  );
}

/**
 * Warns before the page is left while changes have not reached the server. It reads the sync
 * status when the page is being left, so the page does not re-render each time a keystroke
 * makes a change unsaved and its acknowledgement makes it saved again.
 */
function useUnsavedGuard(syncs: ValueStore<SyncState>, keptOffline: () => boolean, message: string) {
  const kept = useRef(keptOffline);
  kept.current = keptOffline;
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (syncs.get().unsynced === 0 || kept.current()) return;
      event.preventDefault();
      event.returnValue = message;
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [syncs, message]);
}
