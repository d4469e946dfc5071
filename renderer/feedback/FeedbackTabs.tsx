import { useI18n } from '../i18n/I18nProvider.tsx';

export const FEEDBACK_VIEWS = ['ingest', 'table', 'dashboard'] as const;
export type FeedbackView = (typeof FEEDBACK_VIEWS)[number];

/** The feedback page's parts as tabs: import and sources, the comments table, the charts. */
export function FeedbackTabs({ view, onView }: { view: FeedbackView; onView(view: FeedbackView): void }) {
  const { t } = useI18n();
  return (
    <nav className="fbv-tabs" role="tablist" aria-label={t('feedback.view.tabs')}>
      {FEEDBACK_VIEWS.map((v) => (
        <button key={v} type="button" role="tab" aria-selected={v === view} data-testid={`fbv-tab-${v}`} onClick={() => onView(v)}>
          {t(`feedback.view.tab.${v}`)}
        </button>
      ))}
    </nav>
  );
}
