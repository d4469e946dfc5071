import type { EditorState } from 'prosemirror-state';
import { useMemo } from 'react';
import { flattenDoc } from '../../../shared/document/flatten.ts';
import type { EditorContext } from '../../editor/EditorFeature.ts';
import { useStoreValue } from '../../editor/valueStore.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { navigate } from '../../route/route.ts';
import { ErrorNote } from '../../ui/ErrorNote.tsx';
import { sectionKey, useFeedbackGeneration, useSectionItems } from './useSectionFeedback.ts';

const caretBlock = (state: EditorState | null): string | null => (state?.selection.$from.depth ? (state.selection.$from.node(1).attrs.id as string | null) : null);

/**
 * The feedback anchored in the section the caret is in ("I.", "II." …: the sections the feedback
 * table counts by): how many, and for each its source, status and text; a click opens it in the
 * feedback table, filtered to that section. Read again when the section changes and when the
 * workspace's feedback changes.
 */
export function SectionFeedbackPanel({ context }: { context: EditorContext }) {
  const { t } = useI18n();
  const block = useStoreValue(context.states, caretBlock);
  const blocks = useMemo(() => (context.settled ? flattenDoc(context.settled.doc) : []), [context.settled]);
  const section = useMemo(() => {
    const at = blocks.findIndex((b) => b.id === block);
    for (let i = at; i >= 0; i--) if (blocks[i].type === 'section') return blocks[i];
    return null;
  }, [blocks, block]);
  const key = section ? sectionKey(context.documentId, section.id) : null;
  const generation = useFeedbackGeneration(context.workspaceId);
  const { rows, total, error } = useSectionItems(context.workspaceId, key, generation);
  return (
    <section className="section-feedback no-print" aria-label={t('feedback.inEditor.title')} data-testid="section-feedback">
      <h2>{t('feedback.inEditor.title')}</h2>
      {!section && <p className="muted small">{t('feedback.inEditor.noSection')}</p>}
      {section && <p className="small"><strong>{section.text.slice(0, 80)}</strong></p>}
      {section && <p className="small" data-testid="section-feedback-count">{t('feedback.inEditor.count', { count: total })}</p>}
      {error && <ErrorNote error={error} />}
      <ul>
        {rows.map((row) => (
          <li key={row.id}>
            <button type="button" className="section-feedback-item" data-testid="section-feedback-item"
              onClick={() => navigate({ page: 'feedback', workspaceId: context.workspaceId, section: key!, item: row.id })}>
              <span className="small muted">{row.sourceLabel || row.sourceName} · {t(`feedback.view.status.${row.status}`)}</span>
              <span className="section-feedback-text">{row.text}</span>
            </button>
          </li>
        ))}
      </ul>
      {total > rows.length && <p className="muted small">{t('feedback.inEditor.more', { count: total - rows.length })}</p>}
    </section>
  );
}
