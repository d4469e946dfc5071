import { type KeyboardEvent, useEffect, useMemo, useState } from 'react';
import { FEEDBACK_STATUSES, type FeedbackStatus } from '../../../shared/feedback/model.ts';
import type { AnswerTemplate } from '../../../shared/feedback/triage.ts';
import { call, type RpcError } from '../../api/rpcClient.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ErrorNote } from '../../ui/ErrorNote.tsx';
import { toRpcError } from '../../ui/useRpc.ts';
import { TemplatePicker } from '../TemplatePicker.tsx';
import { bulkChange, conflictDeciders, versionedItems } from './bulkDecision.ts';
import { isSubmitKey } from '../../ui/isSubmitKey.ts';

/**
 * One status and answer for many comments (a selection, a cluster), from a template or typed,
 * applied with the button or Ctrl+Enter through `feedback.decideMany`. The comments' decisions
 * are read when the form opens (and again after each apply): a comment someone else decides
 * after that is refused by the server and left as they decided it, and the form says how many
 * were refused and by whom, so applying again is a choice made knowing it.
 */
export function BulkDecision({ workspaceId, itemIds, templates, onDone, testId, autoFocus = false }: {
  workspaceId: string; itemIds: readonly string[]; templates: readonly AnswerTemplate[]; onDone(): void; testId: string;
  /** Focus the status field when the form appears (opened from a button). */
  autoFocus?: boolean;
}) {
  const { t } = useI18n();
  const [status, setStatus] = useState<FeedbackStatus | ''>('');
  const [response, setResponse] = useState('');
  const [read, setRead] = useState<{ items: { itemId: string; version: number }[]; missing: string[] } | null>(null);
  const [generation, setGeneration] = useState(0);
  const [busy, setBusy] = useState(false);
  // What the last apply did, each line flagged when it is something left undone.
  const [outcome, setOutcome] = useState<{ text: string; flag: boolean }[]>([]);
  const [error, setError] = useState<RpcError | null>(null);
  const key = useMemo(() => itemIds.join('\n'), [itemIds]);
  useEffect(() => {
    let live = true;
    setRead(null);
    call('feedback.triage', { workspaceId, itemIds: [...itemIds] }).then(
      ({ triage }) => live && setRead(versionedItems(itemIds, triage)),
      (e: unknown) => live && setError(toRpcError(e)),
    );
    return () => {
      live = false;
    };
    // `key` stands for `itemIds`, which may be a new array with the same ids.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [workspaceId, key, generation]);

  const change = bulkChange(status, response);
  async function apply() {
    if (!read || !change || busy || read.items.length === 0) return;
    setBusy(true);
    setError(null);
    try {
      const result = await call('feedback.decideMany', { workspaceId, items: read.items, change });
      const lines = [{ text: t('feedback.bulk.decided', { decided: result.decided.length }), flag: false }];
      if (result.conflicts.length > 0) lines.push({ text: t('feedback.bulk.conflicts', { count: result.conflicts.length, who: conflictDeciders(result.conflicts, t('feedback.bulk.anotherWindow')) }), flag: true });
      if (read.missing.length > 0) lines.push({ text: t('feedback.bulk.missing', { count: read.missing.length }), flag: true });
      setOutcome(lines);
      setGeneration((g) => g + 1);
      onDone();
    } catch (e) {
      setError(toRpcError(e));
    } finally {
      setBusy(false);
    }
  }
  function fillFromTemplate(template: AnswerTemplate) {
    setStatus(template.status);
    setResponse(template.text);
  }
  const onKey = (event: KeyboardEvent) => {
    if (isSubmitKey(event)) {
      event.preventDefault();
      void apply();
    }
  };
  return (
    <div className="feedback-triage fb-bulk-decision" data-testid={testId} onKeyDown={onKey}>
      <div className="feedback-options">
        <label>
          {t('feedback.bulk.status')}{' '}
          <select value={status} autoFocus={autoFocus} onChange={(e) => setStatus(e.target.value as FeedbackStatus | '')} data-testid={`${testId}-status`}>
            <option value="">{t('feedback.bulk.keepStatus')}</option>
            {FEEDBACK_STATUSES.map((s) => <option key={s} value={s}>{t(`feedback.status.${s}`)}</option>)}
          </select>
        </label>
        <TemplatePicker templates={templates} onPick={fillFromTemplate} testId={`${testId}-template`} />
      </div>
      <textarea value={response} onChange={(e) => setResponse(e.target.value)} placeholder={t('feedback.bulk.responsePlaceholder')}
        aria-label={t('feedback.bulk.response')} data-testid={`${testId}-response`} />
      <div className="feedback-options">
        <button type="button" disabled={busy || !read || !change || read.items.length === 0} onClick={() => void apply()} title="Ctrl+Enter" data-testid={`${testId}-apply`}>
          {t('feedback.bulk.apply', { count: read?.items.length ?? itemIds.length })}
        </button>
        {!read && !error && <span className="feedback-muted">{t('feedback.bulk.reading')}</span>}
        {read && !change && <span className="feedback-muted">{t('feedback.bulk.nothing')}</span>}
      </div>
      {outcome.length > 0 && (
        <p role="status" data-testid={`${testId}-outcome`}>{outcome.map((line) => <span key={line.text} className={line.flag ? 'fb-bulk-line feedback-flag' : 'fb-bulk-line'}>{line.text}</span>)}</p>
      )}
      {error && <ErrorNote error={error} />}
    </div>
  );
}
