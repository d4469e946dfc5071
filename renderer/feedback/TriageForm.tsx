import { type KeyboardEvent, type Ref, useEffect, useRef, useState } from 'react';
import { FEEDBACK_STATUSES, type FeedbackStatus } from '../../shared/feedback/model.ts';
import type { AnswerTemplate, Triage } from '../../shared/feedback/triage.ts';
import type { NamedTriage } from '../../shared/rpc/feedbackTriageContract.ts';
import { call, type RpcError } from '../api/rpcClient.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { formatDate } from '../ui/formatDate.ts';
import { toRpcError } from '../ui/useRpc.ts';
import { TemplatePicker } from './TemplatePicker.tsx';
import { isSubmitKey } from '../ui/isSubmitKey.ts';

/**
 * A compiler's decision on one comment: status, who handles it, the answer (from a template or
 * typed), saved with Ctrl+Enter or the button. It is saved on the version it was read at; when
 * another compiler decided meanwhile the server refuses it, and the form shows their decision
 * beside what this person typed (kept), so saving again is a choice made knowing it.
 */
export function TriageForm({ workspaceId, itemId, refresh = 0, templates, canDecide, onDecided, onSaved, answerRef }: {
  workspaceId: string;
  itemId: string;
  /** Changes when the page hears that feedback changed somewhere: the decision is read again. */
  refresh?: number;
  templates: readonly AnswerTemplate[];
  canDecide: boolean;
  onDecided(triage: Triage): void;
  /** Called after this person's decision was saved (not when it was refused). */
  onSaved?(triage: Triage): void;
  /** The answer's field, for a page that moves the focus into it (the table's side panel). */
  answerRef?: Ref<HTMLTextAreaElement>;
}) {
  const { t, language } = useI18n();
  const [base, setBase] = useState<NamedTriage | null>(null);
  const [status, setStatus] = useState<FeedbackStatus>('new');
  const [assignee, setAssignee] = useState('');
  const [response, setResponse] = useState('');
  const [error, setError] = useState<RpcError | null>(null);
  const [theirs, setTheirs] = useState<NamedTriage | null>(null);
  const [busy, setBusy] = useState(false);

  // What is on screen, for a decision arriving from elsewhere (read inside the effect below).
  const shown = useRef({ base, status, assignee, response });
  shown.current = { base, status, assignee, response };

  // Read at first, and again whenever the page hears of a change (`refresh`): a decision made
  // elsewhere replaces the form when this person has typed nothing, and is shown beside their
  // typing otherwise (saving then overwrites it knowingly).
  useEffect(() => {
    let live = true;
    void call('feedback.triage', { workspaceId, itemIds: [itemId] }).then(
      ({ triage: [loaded] }) => {
        if (!live || !loaded) return;
        const now = shown.current;
        if (now.base && now.base.version === loaded.version) return;
        const dirty = now.base !== null && (now.status !== now.base.status || now.assignee !== (now.base.assignee ?? '') || now.response !== now.base.response);
        setBase(loaded);
        if (dirty) return setTheirs(loaded);
        setTheirs(null);
        setStatus(loaded.status);
        setAssignee(loaded.assignee ?? '');
        setResponse(loaded.response);
      },
      (e: unknown) => live && setError(toRpcError(e)),
    );
    return () => {
      live = false;
    };
  }, [workspaceId, itemId, refresh]);

  async function save() {
    if (!base || busy) return;
    setBusy(true);
    setError(null);
    try {
      const { triage } = await call('feedback.decide', { workspaceId, itemId, version: base.version, change: { status, assignee: assignee.trim() || null, response } });
      setBase(triage);
      setTheirs(null);
      onDecided(triage);
      onSaved?.(triage);
    } catch (e) {
      const failure = toRpcError(e);
      setError(failure);
      if (failure.code === 'conflict') {
        // Their decision, to read beside this person's; the next save is made on it, knowingly.
        const { triage: [current] } = await call('feedback.triage', { workspaceId, itemIds: [itemId] });
        if (current) {
          setTheirs(current);
          setBase(current);
          onDecided(current); // the list shows the decision as it stands
        }
      }
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
      void save();
    }
  };

  if (!base) return error ? <ErrorNote error={error} /> : <p className="feedback-muted">{t('feedback.triage.loading')}</p>;
  return (
    <div className="feedback-triage" data-testid="feedback-triage" onKeyDown={onKey}>
      <div className="feedback-options">
        <label>
          {t('feedback.triage.status')}{' '}
          <select value={status} disabled={!canDecide} onChange={(e) => setStatus(e.target.value as FeedbackStatus)} data-testid="feedback-triage-status">
            {FEEDBACK_STATUSES.map((s) => <option key={s} value={s}>{t(`feedback.status.${s}`)}</option>)}
          </select>
        </label>
        <label>
          {t('feedback.triage.assignee')}{' '}
          <input value={assignee} disabled={!canDecide} onChange={(e) => setAssignee(e.target.value)} maxLength={200} data-testid="feedback-triage-assignee" />
        </label>
        {canDecide && <TemplatePicker templates={templates} onPick={fillFromTemplate} testId="feedback-triage-template" />}
      </div>
      <textarea ref={answerRef} value={response} disabled={!canDecide} onChange={(e) => setResponse(e.target.value)} placeholder={t('feedback.triage.responsePlaceholder')}
        aria-label={t('feedback.triage.response')} data-testid="feedback-triage-response" />
      {theirs && (
        <p className="feedback-flag" data-testid="feedback-triage-theirs">
          {/* No name: a local server's owner, so this person in another window or tab. */}
          {theirs.decidedByName
            ? t('feedback.triage.theirs', { by: theirs.decidedByName, status: t(`feedback.status.${theirs.status}`), response: theirs.response || '—' })
            : t('feedback.triage.theirsElsewhere', { status: t(`feedback.status.${theirs.status}`), response: theirs.response || '—' })}
        </p>
      )}
      <div className="feedback-options">
        {canDecide && (
          <button type="button" disabled={busy} onClick={() => void save()} data-testid="feedback-triage-save" title="Ctrl+Enter">
            {theirs ? t('feedback.triage.saveAnyway') : t('feedback.triage.save')}
          </button>
        )}
        {base.decidedBy && base.decidedAt && (
          <span className="feedback-muted" data-testid="feedback-triage-decided">
            {base.decidedByName
              ? t('feedback.triage.decided', { by: base.decidedByName, at: formatDate(base.decidedAt, language) })
              : t('feedback.triage.decidedAt', { at: formatDate(base.decidedAt, language) })}
          </span>
        )}
      </div>
      {error && <ErrorNote error={error} />}
    </div>
  );
}
