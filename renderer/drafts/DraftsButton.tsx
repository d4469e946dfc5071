import type { EditorView } from 'prosemirror-view';
import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { attachAttribution, ydocOfView } from './attribution.ts';
import { DraftsPanel } from './DraftsPanel.tsx';
import { useIdentity } from '../identity/identity.ts';
import { RepairNotice } from '../repairs/RepairNotice.tsx';
import { RestoreNotice } from './RestoreNotice.tsx';
import { usePageKeys } from '../ui/usePageKeys.ts';

interface Props {
  workspaceId: string;
  documentId: string;
  view: EditorView | null;
  /** The editor's Y.Doc has synced with the server (attribution is recorded from then on). */
  synced: boolean;
}

/**
 * The editor's way into drafts: a button (Ctrl+Alt+D) that opens the drafts panel. While the
 * editor is open it also records whose edits are whose (Yjs attribution) for the "who changed
 * what since the last draft" view, and shows the notices of a restore (with its undo) and of a
 * repair of the document's stored content.
 */
export function DraftsButton({ workspaceId, documentId, view, synced }: Props) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  // Edits are attributed to the signed-in person's name (the same the server signs drafts with).
  const name = useIdentity()?.displayName ?? null;
  useEffect(() => {
    const ydoc = view && synced ? ydocOfView(view) : null;
    if (ydoc && name) attachAttribution(ydoc, name);
  }, [view, synced, name]);
  usePageKeys((e) => {
    if (e.ctrlKey && e.altKey && e.key.toLowerCase() === 'd') {
      e.preventDefault();
      setOpen((v) => !v);
    }
  });
  return (
    <>
      <button type="button" className="drafts-button" onClick={() => setOpen((v) => !v)} title={t('drafts.buttonHint')} data-testid="open-drafts">
        {t('drafts.button')}
      </button>
      {open && <DraftsPanel workspaceId={workspaceId} documentId={documentId} onClose={() => setOpen(false)} />}
      <div className="toasts no-print">
        <RestoreNotice workspaceId={workspaceId} documentId={documentId} view={view} />
        <RepairNotice workspaceId={workspaceId} documentId={documentId} synced={synced} />
      </div>
    </>
  );
}
