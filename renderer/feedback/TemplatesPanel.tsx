import { useState } from 'react';
import { FEEDBACK_STATUSES, type FeedbackStatus } from '../../shared/feedback/model.ts';
import type { AnswerTemplate } from '../../shared/feedback/triage.ts';
import { call } from '../api/rpcClient.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { useAction } from '../ui/useRpc.ts';

/** The answer templates ("Mẫu trả lời"): listed for everyone, added and removed by compilers. */
export function TemplatesPanel({ workspaceId, templates, canDecide, onChanged }: { workspaceId: string; templates: readonly AnswerTemplate[]; canDecide: boolean; onChanged(): void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [status, setStatus] = useState<FeedbackStatus>('accepted');
  const [text, setText] = useState('');
  const action = useAction();
  async function run(work: () => Promise<unknown>): Promise<boolean> {
    const ok = await action.run(work);
    if (ok) onChanged();
    return ok;
  }
  const { error } = action;

  async function add() {
    if (await run(() => call('feedback.saveTemplate', { workspaceId, template: { name, status, text } }))) {
      setName('');
      setText('');
    }
  }

  return (
    <details className="feedback-templates feedback-batches" data-testid="feedback-templates">
      <summary>{t('feedback.templates.heading', { count: templates.length })}</summary>
      <ul>
        {templates.map((x) => (
          <li key={x.id} data-testid="feedback-template">
            <b>{x.name}</b> ({t(`feedback.status.${x.status}`)}): {x.text}{' '}
            {canDecide && (
              <button type="button" className="link" onClick={() => void run(() => call('feedback.deleteTemplate', { workspaceId, templateId: x.id }))}>
                {t('feedback.templates.delete')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {canDecide && (
        <div className="feedback-options">
          <input value={name} onChange={(e) => setName(e.target.value)} placeholder={t('feedback.templates.name')} maxLength={200} data-testid="feedback-template-name" />
          <select value={status} onChange={(e) => setStatus(e.target.value as FeedbackStatus)} aria-label={t('feedback.triage.status')}>
            {FEEDBACK_STATUSES.map((s) => <option key={s} value={s}>{t(`feedback.status.${s}`)}</option>)}
          </select>
          <input value={text} onChange={(e) => setText(e.target.value)} placeholder={t('feedback.templates.text')} className="feedback-template-text" data-testid="feedback-template-text" />
          <button type="button" disabled={!name.trim()} onClick={() => void add()} data-testid="feedback-template-add">{t('feedback.templates.add')}</button>
        </div>
      )}
      {error && <ErrorNote error={error} />}
    </details>
  );
}
