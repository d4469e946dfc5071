import { useI18n } from '../../i18n/I18nProvider.tsx';
import { navigate } from '../../route/route.ts';
import { sectionKey, useFeedbackGeneration, useSectionCounts } from './useSectionFeedback.ts';

/**
 * Beside a frozen draft: its sections with how many feedback comments are anchored in each (by
 * section block id, so in any draft that has the section); a click opens the feedback table on
 * that section's comments. Nothing is shown while no comment is anchored in the document.
 */
export function DraftSectionFeedback({ workspaceId, documentId, blocks }: { workspaceId: string; documentId: string; blocks: readonly { id: string; type: string; number: string | null; text: string }[] }) {
  const { t } = useI18n();
  const counts = useSectionCounts(workspaceId, documentId, useFeedbackGeneration(workspaceId));
  const sections = blocks.filter((b) => b.type === 'section' && (counts.get(b.id) ?? 0) > 0);
  if (sections.length === 0) return null;
  return (
    <aside className="section-feedback no-print" aria-label={t('feedback.inEditor.title')} data-testid="draft-section-feedback">
      <h2>{t('feedback.inEditor.byDraftSection')}</h2>
      <ul>
        {sections.map((s) => (
          <li key={s.id}>
            <button type="button" className="section-feedback-item" data-testid="draft-section-feedback-item" data-block-id={s.id}
              onClick={() => navigate({ page: 'feedback', workspaceId, section: sectionKey(documentId, s.id) })}>
              <span>{s.number ? `${s.number}. ` : ''}{s.text.slice(0, 60)}</span>
              <span className="outline-feedback" title={t('feedback.inEditor.outline', { count: counts.get(s.id) ?? 0 })}>{counts.get(s.id)}</span>
            </button>
          </li>
        ))}
      </ul>
    </aside>
  );
}
