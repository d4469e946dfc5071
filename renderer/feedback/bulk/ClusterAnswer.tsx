import { type KeyboardEvent, useMemo, useRef, useState } from 'react';
import type { ClusterView } from '../../../shared/rpc/feedbackAnchorContract.ts';
import type { AnswerTemplate } from '../../../shared/feedback/triage.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { BulkDecision } from './BulkDecision.tsx';

/**
 * "Trả lời cả cụm": one status and answer for every member of a cluster (the representative and
 * each near-duplicate), opened from the cluster's card with its status field focused; Esc closes
 * it and gives the focus back to its button.
 */
export function ClusterAnswer({ workspaceId, cluster, templates, onDone }: { workspaceId: string; cluster: ClusterView; templates: readonly AnswerTemplate[]; onDone(): void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const memberIds = useMemo(() => cluster.members.map((m) => m.itemId), [cluster]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    setOpen(false);
    button.current?.focus();
  };
  return (
    <div className="fb-cluster-answer" onKeyDown={onKeyDown}>
      <button type="button" ref={button} aria-expanded={open} onClick={() => setOpen((o) => !o)} data-testid="feedback-cluster-answer">
        {open ? t('feedback.cluster.answerClose') : t('feedback.cluster.answer')}
      </button>
      {open && <BulkDecision workspaceId={workspaceId} itemIds={memberIds} templates={templates} onDone={onDone} testId="feedback-cluster-decision" autoFocus />}
    </div>
  );
}
