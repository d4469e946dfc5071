import type { AnswerTemplate } from '../../shared/feedback/triage.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

/**
 * The answer templates as a menu that always reads "Mẫu trả lời": picking one hands it to
 * `onPick` (the form fills its status and answer from it) and the menu goes back to its title.
 * Nothing is drawn when there are no templates. Used by the one-comment and many-comment forms.
 */
export function TemplatePicker({ templates, onPick, testId }: { templates: readonly AnswerTemplate[]; onPick(template: AnswerTemplate): void; testId: string }) {
  const { t } = useI18n();
  if (templates.length === 0) return null;
  const pick = (id: string) => {
    const template = templates.find((x) => x.id === id);
    if (template) onPick(template);
  };
  return (
    <select value="" onChange={(e) => pick(e.target.value)} aria-label={t('feedback.triage.template')} data-testid={testId}>
      <option value="">{t('feedback.triage.template')}</option>
      {templates.map((x) => <option key={x.id} value={x.id}>{x.name}</option>)}
    </select>
  );
}
