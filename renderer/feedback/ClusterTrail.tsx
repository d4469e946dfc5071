import { useState } from 'react';
import { call } from '../api/rpcClient.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { formatDate } from '../ui/formatDate.ts';
import { useLoad } from '../ui/useRpc.ts';

/** Who made, joined, merged and split a cluster, and when; read when opened. */
export function ClusterTrail({ workspaceId, clusterId, changes }: { workspaceId: string; clusterId: string; changes: number }) {
  const { t, language } = useI18n();
  const [open, setOpen] = useState(false);
  const trail = useLoad(() => (open ? call('feedback.clusterTrail', { workspaceId, clusterId }) : Promise.resolve(null)), [workspaceId, clusterId, open, changes]);
  return (
    <details onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)} data-testid="feedback-cluster-trail">
      <summary>{t('feedback.cluster.trail')}</summary>
      {trail.error && <ErrorNote error={trail.error} onRetry={trail.reload} />}
      <ul>
        {trail.data?.entries.map((e, i) => (
          <li key={i} data-testid="feedback-cluster-trail-entry">{t(`feedback.cluster.trail.${e.action}`, { at: formatDate(e.at, language), actor: e.actor })}</li>
        ))}
      </ul>
    </details>
  );
}
