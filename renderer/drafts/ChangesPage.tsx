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
import { navigate } from '../route/route.ts';
import type { DraftSummary } from '../../shared/rpc/draftContract.ts';
import '../editor/page.css';
import './drafts.css';

type To = number | 'working';
type Phase =
  | { kind: 'loading' }
  | { kind: 'noDraft' }
  | { kind: 'imported'; number: number }
  | { kind: 'notLater'; from: number; to: number }
  | { kind: 'ready'; summary: UserChanges[] };

interface Props {
  workspaceId: string;
  documentId: string;
  /** The earlier draft; the latest one when absent. */
  from?: number;
  /** A later draft or the working copy (the default). */
  to?: To;
}

/**
 * Who changed what between two drafts frozen in the app, or from a draft to the working copy (the
 * default: the latest draft to now), read from the working copy's history (Yjs attribution): the
 * text as it stood at `to`, each insertion and deletion since `from` marked with who made it.
 */
export function ChangesPage({ workspaceId, documentId, from: askedFrom, to: askedTo = 'working' }: Props) {
  const { t } = useI18n();
  const title = useDocumentTitle(workspaceId, documentId);
  const host = useRef<HTMLDivElement>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [drafts, setDrafts] = useState<DraftSummary[]>([]);
  const [error, setError] = useState<RpcError | null>(null);
  const from = askedFrom ?? drafts[drafts.length - 1]?.number;
  const to = askedFrom === undefined ? 'working' : askedTo;
  useEffect(() => {
    let live = true;
    let destroy = () => {};
    setPhase({ kind: 'loading' });
    setError(null);
    (async () => {
      const ref = { workspaceId, documentId };
      const list = (await call('draft.list', ref)).drafts;
      if (!live) return;
      setDrafts(list);
      const fromNumber = askedFrom ?? list[list.length - 1]?.number;
      const toSide: To = askedFrom === undefined ? 'working' : askedTo;
      if (fromNumber === undefined) return setPhase({ kind: 'noDraft' });
      if (toSide !== 'working' && toSide <= fromNumber) return setPhase({ kind: 'notLater', from: fromNumber, to: toSide });
      // Both ends must be snapshots of the working copy's history: drafts imported from files have none.
      const snapshotOf = async (number: number) => (await call('draft.snapshot', { ...ref, number })).snapshotBase64;
      const [fromSnapshot, toSnapshot] = await Promise.all([snapshotOf(fromNumber), toSide === 'working' ? null : snapshotOf(toSide)]);
      if (!fromSnapshot) return setPhase({ kind: 'imported', number: fromNumber });
      if (toSide !== 'working' && !toSnapshot) return setPhase({ kind: 'imported', number: toSide });
      const [ydoc, shown] = await Promise.all([loadWorkingCopyDoc(workspaceId, documentId), call('draft.get', { ...ref, side: toSide })]);
      if (!live || !host.current) return ydoc.destroy();
      const numbers = new Map(shown.blocks.filter((b) => b.number).map((b) => [b.id, b.number!]));
      const decode = (b64: string) => Y.decodeSnapshotV2(base64ToBytes(b64));
      const { view, summary } = await renderAttribution(host.current, ydoc, decode(fromSnapshot), numbers, toSnapshot ? decode(toSnapshot) : undefined);
      destroy = () => (view.destroy(), ydoc.destroy());
      if (!live) return destroy();
      setPhase({ kind: 'ready', summary });
    })().catch((e: unknown) => live && setError(toRpcError(e)));
    return () => {
      live = false;
      destroy();
    };
  }, [workspaceId, documentId, askedFrom, askedTo]);
  const heading = from === undefined ? t('drafts.changes.headingShort') : to === 'working' ? t('drafts.changes.heading', { n: from }) : t('drafts.changes.between', { from, to });
  const go = (next: { from: number; to: To }) => navigate({ page: 'changes', workspaceId, documentId, ...next });
  return (
    <div className="editor-page">
      <DocumentTopbar workspaceId={workspaceId} documentId={documentId} title={`${heading} — ${title}`}>
        <LanguageSwitch />
      </DocumentTopbar>
      {from !== undefined && drafts.length > 0 && <SidePickers drafts={drafts} from={from} to={to} onChange={go} />}
      {error && <ErrorNote error={error} />}
      {phase.kind === 'loading' && !error && <p className="muted" role="status">{t('drafts.changes.loading')}</p>}
      {phase.kind === 'noDraft' && <p className="muted">{t('drafts.changes.noDraft')}</p>}
      {phase.kind === 'imported' && <p className="muted" data-testid="changes-imported">{t('drafts.changes.imported', { n: phase.number })}</p>}
      {phase.kind === 'notLater' && <p className="muted" data-testid="changes-not-later">{t('drafts.changes.notLater', { from: phase.from, to: phase.to })}</p>}
      {phase.kind === 'ready' && <UserList summary={phase.summary} since={to === 'working'} />}
      <main className="page-scroll">
        <div className="page read-only attribution" ref={host} data-testid="attribution-doc" hidden={phase.kind !== 'ready'} />
      </main>
    </div>
  );
}

/**
 * The two ends: "from" any draft, "to" any later draft or the working copy. Changing "from" to a
 * draft not before "to" moves "to" to the working copy. Drafts imported from files are listed
 * but cannot be chosen: they have no editing history.
 */
function SidePickers({ drafts, from, to, onChange }: { drafts: DraftSummary[]; from: number; to: To; onChange(next: { from: number; to: To }): void }) {
  const { t } = useI18n();
  const option = (d: DraftSummary) => (
    <option key={d.number} value={d.number} disabled={d.origin === 'import'}>
      {t('drafts.title', { n: d.number })}
      {d.origin === 'import' ? ` (${t('drafts.origin.import')})` : ''}
    </option>
  );
  return (
    <div className="changes-sides" data-testid="changes-sides">
      <label>
        {t('drafts.changes.from')}
        <select
          value={from}
          data-testid="changes-from"
          onChange={(e) => {
            const next = Number(e.target.value);
            onChange({ from: next, to: to !== 'working' && to <= next ? 'working' : to });
          }}
        >
          {drafts.map(option)}
        </select>
      </label>
      <label>
        {t('drafts.changes.to')}
        <select value={String(to)} data-testid="changes-to" onChange={(e) => onChange({ from, to: e.target.value === 'working' ? 'working' : Number(e.target.value) })}>
          {drafts.filter((d) => d.number > from).map(option)}
          <option value="working">{t('drafts.working')}</option>
        </select>
      </label>
    </div>
  );
}

function UserList({ summary, since }: { summary: UserChanges[]; since: boolean }) {
  const { t } = useI18n();
  if (summary.length === 0) return <p className="muted changes-users" data-testid="attribution-none">{t(since ? 'drafts.changes.none' : 'drafts.changes.noneBetween')}</p>;
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
