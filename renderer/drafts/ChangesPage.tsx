import { useEffect, useRef, useState } from 'react';
import * as Y from 'yjs';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { LanguageSwitch } from '../ui/LanguageSwitch.tsx';
import { toRpcError } from '../ui/useRpc.ts';
import { call, type RpcError } from '../api/rpcClient.ts';
import type { UserChanges } from './attributionSummary.ts';
import { base64ToBytes } from '../api/base64.ts';
import { renderAttribution } from './renderAttribution.ts';
import { useDocumentTitle } from './useDocumentTitle.ts';
import { loadWorkingCopyDoc } from './workingCopyDoc.ts';
import { DocumentTopbar } from '../ui/DocumentTopbar.tsx';
import '../editor/page.css';
import './drafts.css';

type Phase = { kind: 'loading' } | { kind: 'noDraft' } | { kind: 'imported'; number: number } | { kind: 'ready'; number: number; summary: UserChanges[] };

/** Who changed what in the working copy since the last draft frozen in the app (Yjs attribution). */
export function ChangesPage({ workspaceId, documentId }: { workspaceId: string; documentId: string }) {
  const { t } = useI18n();
  const title = useDocumentTitle(workspaceId, documentId);
  const host = useRef<HTMLDivElement>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [error, setError] = useState<RpcError | null>(null);
  useEffect(() => {
    let live = true;
    let destroy = () => {};
    (async () => {
      const ref = { workspaceId, documentId };
      const { drafts } = await call('draft.list', ref);
      const last = drafts[drafts.length - 1];
      if (!last) return setPhase({ kind: 'noDraft' });
      const { snapshotBase64 } = await call('draft.snapshot', { ...ref, number: last.number });
      if (!snapshotBase64) return setPhase({ kind: 'imported', number: last.number });
      const [ydoc, working] = await Promise.all([loadWorkingCopyDoc(workspaceId, documentId), call('draft.get', { ...ref, side: 'working' })]);
      if (!live || !host.current) return ydoc.destroy();
      const numbers = new Map(working.blocks.filter((b) => b.number).map((b) => [b.id, b.number!]));
      const { view, summary } = await renderAttribution(host.current, ydoc, Y.decodeSnapshotV2(base64ToBytes(snapshotBase64)), numbers);
      destroy = () => (view.destroy(), ydoc.destroy());
      if (!live) return destroy();
      setPhase({ kind: 'ready', number: last.number, summary });
    })().catch((e: unknown) => live && setError(toRpcError(e)));
    return () => {
      live = false;
      destroy();
    };
  }, [workspaceId, documentId]);
  return (
    <div className="editor-page">
      <DocumentTopbar workspaceId={workspaceId} documentId={documentId} title={`${phase.kind === 'ready' ? t('drafts.changes.heading', { n: phase.number }) : t('drafts.changes.headingShort')} — ${title}`}>
        <LanguageSwitch />
      </DocumentTopbar>
      {error && <ErrorNote error={error} />}
      {phase.kind === 'loading' && !error && <p className="muted" role="status">{t('drafts.changes.loading')}</p>}
      {phase.kind === 'noDraft' && <p className="muted">{t('drafts.changes.noDraft')}</p>}
      {phase.kind === 'imported' && <p className="muted">{t('drafts.changes.imported', { n: phase.number })}</p>}
      {phase.kind === 'ready' && <UserList summary={phase.summary} />}
      <main className="page-scroll">
        <div className="page read-only attribution" ref={host} data-testid="attribution-doc" />
      </main>
    </div>
  );
}

function UserList({ summary }: { summary: UserChanges[] }) {
  const { t } = useI18n();
  if (summary.length === 0) return <p className="muted changes-users">{t('drafts.changes.none')}</p>;
  return (
    <ul className="changes-users" data-testid="attribution-users">
      {summary.map((u) => (
        <li key={u.user ?? ''} data-user={u.user ?? ''}>
          <b>{u.user ?? t('drafts.changes.unknownUser')}</b>: {t('drafts.changes.counts', { ins: u.insertedChars, del: u.deletedChars })}
          <div className="small">
            {u.inserted.slice(0, 5).map((s, k) => <ins key={`i${k}`}>{s}</ins>)}
            {u.deleted.slice(0, 5).map((s, k) => <del key={`d${k}`}>{s}</del>)}
          </div>
        </li>
      ))}
    </ul>
  );
}
