import type { FacetEntry, FeedbackDimension } from '../../../shared/feedback/table/feedbackQuery.ts';
import type { Translate } from '../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../i18n/messages.ts';

/** How a facet value reads: codes (status, level) translated, drafts numbered, '' (none) said as such. */
export function facetLabel(dim: FeedbackDimension, entry: Pick<FacetEntry, 'value' | 'label'>, t: Translate): string {
  if (entry.value === '') return dim === 'status' ? '' : t(`feedback.view.none.${dim}` as MessageKey);
  if (dim === 'status' || dim === 'level') return t(`feedback.view.${dim}.${entry.value}` as MessageKey);
  if (dim === 'draft') return t('feedback.view.draftN', { n: entry.value });
  return entry.label || entry.value;
}
