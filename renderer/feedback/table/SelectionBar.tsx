import { type KeyboardEvent, useState } from 'react';
import type { Code } from '../../../shared/feedback/tags/codebook.ts';
import { call } from '../../api/rpcClient.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ErrorNote } from '../../ui/ErrorNote.tsx';
import { useAction } from '../../ui/useRpc.ts';
import { BulkDecision } from '../bulk/BulkDecision.tsx';
import { CodePicker } from '../CodePicker.tsx';
import type { FeedbackWork } from './FeedbackDetail.tsx';

/**
 * What is done to the comments checked in the table: "Đã chọn N ý kiến", a theme added to all of
 * them (the same picker as one comment's tags) and one status and answer for all of them
 * (BulkDecision), each saying what it did. Esc anywhere in the bar clears the selection.
 */
export function SelectionBar({ workspaceId, ids, capped, selecting, work, onChanged, onClear }: {
  workspaceId: string; ids: readonly string[];
  /** The filter's total when Ctrl+A could take only its first comments, else null. */
  capped: number | null;
  selecting: boolean; work: FeedbackWork; onChanged(): void; onClear(): void;
}) {
  const { t } = useI18n();
  const [tagged, setTagged] = useState<string | null>(null);
  const action = useAction();
  const tag = (code: Code) => void action.run(async () => {
    setTagged(null);
    const { added } = await call('feedback.tag', { workspaceId, itemIds: [...ids], codeId: code.id, setBy: 'person' });
    setTagged(t('feedback.bulk.tagged', { name: code.name, added, already: ids.length - added }));
    onChanged();
  });
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onClear();
  };
  return (
    <section className="fbv-bulk" aria-label={t('feedback.bulk.selected', { count: ids.length })} data-testid="fbv-bulk" onKeyDown={onKeyDown}>
      <div className="feedback-options">
        <strong data-testid="fbv-bulk-count" aria-live="polite">{selecting ? t('feedback.bulk.selecting') : t('feedback.bulk.selected', { count: ids.length })}</strong>
        <button type="button" className="link" onClick={onClear} data-testid="fbv-bulk-clear">{t('feedback.bulk.clear')}</button>
        {capped !== null && <span className="feedback-flag" data-testid="fbv-bulk-capped">{t('feedback.bulk.capped', { total: capped, count: ids.length })}</span>}
      </div>
      {work.canDecide && !selecting && ids.length > 0 && (
        <>
          <div className="feedback-options">
            <span>{t('feedback.bulk.tag')}</span>
            <CodePicker codes={work.codes} listId="fbv-bulk-codes" onPick={tag} disabled={action.busy} testId="fbv-bulk-tag" />
            {tagged && <span role="status" data-testid="fbv-bulk-tagged">{tagged}</span>}
          </div>
          {action.error && <ErrorNote error={action.error} />}
          <BulkDecision workspaceId={workspaceId} itemIds={ids} templates={work.templates} onDone={onChanged} testId="fbv-bulk-decision" />
        </>
      )}
    </section>
  );
}
