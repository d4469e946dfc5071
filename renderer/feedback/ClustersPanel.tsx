import { type ReactNode, useState } from 'react';
import type { AnswerTemplate } from '../../shared/feedback/triage.ts';
import type { ClusterView } from '../../shared/rpc/feedbackAnchorContract.ts';
import { call, type RpcError } from '../api/rpcClient.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { toRpcError, useLoad } from '../ui/useRpc.ts';
import { ClusterAnswer } from './bulk/ClusterAnswer.tsx';
import { ClusterTrail } from './ClusterTrail.tsx';
import { MemberChange } from './links/MemberChange.tsx';

const CLUSTER_PAGE = 100;

/**
 * The clusters of duplicate and near-duplicate comments: "N ý kiến của M đơn vị", the
 * representative first, and in each near-duplicate the sentences it adds or lacks (an added point
 * is never hidden). A cluster can take another in (merge) and give an item up (split); each
 * change goes to its trail, and nothing is deleted. A compiler answers a whole cluster at once
 * ("Trả lời cả cụm": one status and answer for every member).
 */
export function ClustersPanel({ workspaceId, refresh, templates = [], canDecide = false, onChanged }: {
  workspaceId: string; refresh: number; templates?: readonly AnswerTemplate[]; canDecide?: boolean;
  /** Called after a cluster was answered: the page's other lists read the decisions again. */
  onChanged?(): void;
}) {
  const { t } = useI18n();
  const [changes, setChanges] = useState(0);
  const clusters = useLoad(() => call('feedback.listClusters', { workspaceId, limit: CLUSTER_PAGE }), [workspaceId, refresh, changes]);
  const [result, setResult] = useState<string | null>(null);
  const [error, setError] = useState<RpcError | null>(null);
  const act = (work: Promise<unknown>) => {
    setError(null);
    work.then(() => setChanges((n) => n + 1), (e: unknown) => setError(toRpcError(e)));
  };
  const run = () => act(call('feedback.cluster', { workspaceId }).then((r) => setResult(t('feedback.cluster.result', { created: r.created, joined: r.joined }))));
  const list = clusters.data?.clusters ?? [];
  return (
    <section className="feedback-clusters" data-testid="feedback-clusters">
      <h2>{t('feedback.cluster.heading')}</h2>
      <div className="feedback-options">
        <button type="button" onClick={run} data-testid="feedback-cluster-run">{t('feedback.cluster.run')}</button>
        {result && <span role="status" data-testid="feedback-cluster-result">{result}</span>}
      </div>
      {error && <ErrorNote error={error} />}
      {clusters.error && <ErrorNote error={clusters.error} onRetry={clusters.reload} />}
      {clusters.data && list.length === 0 && <p className="feedback-muted">{t('feedback.cluster.empty')}</p>}
      {list.map((cluster) => (
        <ClusterCard key={cluster.id} cluster={cluster} others={list.filter((c) => c.id !== cluster.id)}
          onMerge={(fromId) => act(call('feedback.mergeClusters', { workspaceId, intoId: cluster.id, fromId }))}
          onSplit={(itemId) => act(call('feedback.splitItem', { workspaceId, clusterId: cluster.id, itemId }))}
          workspaceId={workspaceId} changes={changes}
          answer={canDecide ? <ClusterAnswer workspaceId={workspaceId} cluster={cluster} templates={templates} onDone={() => (onChanged ? onChanged() : setChanges((n) => n + 1))} /> : null} />
      ))}
    </section>
  );
}

interface CardProps {
  cluster: ClusterView;
  others: ClusterView[];
  onMerge(fromId: string): void;
  onSplit(itemId: string): void;
  workspaceId: string;
  changes: number;
  /** The cluster's "Trả lời cả cụm", or null for someone who may not decide. */
  answer: ReactNode;
}

function ClusterCard({ cluster, others, onMerge, onSplit, workspaceId, changes, answer }: CardProps) {
  const { t } = useI18n();
  return (
    <article className="feedback-cluster" data-testid="feedback-cluster">
      <h3 data-testid="feedback-cluster-count">{t('feedback.cluster.count', { comments: cluster.comments, sources: cluster.sources })}</h3>
      {others.length > 0 && (
        <select value="" onChange={(e) => e.target.value && onMerge(e.target.value)} data-testid="feedback-cluster-merge" aria-label={t('feedback.cluster.mergeInto')}>
          <option value="">{t('feedback.cluster.mergeInto')}</option>
          {others.map((o) => <option key={o.id} value={o.id}>{t('feedback.cluster.mergeOption', { comments: o.comments, text: o.members[0]?.text.slice(0, 80) ?? '' })}</option>)}
        </select>
      )}
      {answer}
      <ol className="feedback-cluster-members">
        {cluster.members.map((m, i) => (
          <li key={m.itemId} data-testid="feedback-cluster-member">
            {i === 0 && <strong className="feedback-representative">{t('feedback.cluster.representative')}: </strong>}
            <span className="feedback-muted">{m.sourceName || t('feedback.cluster.noSource')}</span> {m.text}
            {m.added.map((s) => <div key={`+${s}`} className="feedback-added" data-testid="feedback-cluster-added">{t('feedback.cluster.added', { sentence: s })}</div>)}
            {m.removed.map((s) => <div key={`-${s}`} className="feedback-removed">{t('feedback.cluster.removed', { sentence: s })}</div>)}
            <button type="button" className="link" onClick={() => onSplit(m.itemId)} data-testid="feedback-cluster-split">{t('feedback.cluster.split')}</button>{' '}
            <MemberChange workspaceId={workspaceId} itemId={m.itemId} text={m.text} refresh={changes} />
          </li>
        ))}
      </ol>
      <ClusterTrail workspaceId={workspaceId} clusterId={cluster.id} changes={changes} />
    </article>
  );
}
