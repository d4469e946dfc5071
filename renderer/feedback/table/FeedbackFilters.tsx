import { FEEDBACK_DIMENSIONS, type FeedbackDimension, type FeedbackFacets, type FeedbackFilters as Filters } from '../../../shared/feedback/table/feedbackQuery.ts';
import { memo } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { facetLabel } from './facetLabel.ts';

/**
 * One drop-down of checkboxes per dimension, each value with its count given the other filters
 * (the server's facets); a dimension with no values yet (no tags, no anchors) is still shown,
 * empty and disabled, so the filters do not move about as data arrives. Drawn again only when
 * the facets, the filters or `onChange` change: a page of rows arriving while the table scrolls
 * does not redraw the (possibly thousands of) values.
 */
export const FeedbackFilters = memo(function FeedbackFilters({ facets, filters, onChange }: { facets: FeedbackFacets | null; filters: Filters; onChange(filters: Filters): void }) {
  const { t } = useI18n();
  const toggle = (dim: FeedbackDimension, value: string, on: boolean) => {
    const current = filters[dim] ?? [];
    const next = on ? [...current, value] : current.filter((v) => v !== value);
    onChange({ ...filters, [dim]: next });
  };
  return (
    <div className="fbv-filters" data-testid="fbv-filters">
      {FEEDBACK_DIMENSIONS.map((dim) => {
        const entries = facets?.[dim] ?? [];
        const chosen = filters[dim] ?? [];
        return (
          <details key={dim} className="fbv-filter" data-testid={`fbv-filter-${dim}`}>
            <summary aria-disabled={entries.length === 0}>
              {t(`feedback.view.filter.${dim}`)}: {chosen.length === 0 ? t('feedback.view.filter.any') : chosen.length === 1 ? facetLabel(dim, entries.find((e) => e.value === chosen[0]) ?? { value: chosen[0], label: chosen[0] }, t) : t('feedback.view.filter.chosen', { count: chosen.length })}
            </summary>
            <ul>
              {entries.map((entry) => (
                <li key={entry.value}>
                  <label>
                    <input type="checkbox" data-value={entry.value} checked={chosen.includes(entry.value)} onChange={(e) => toggle(dim, entry.value, e.target.checked)} />
                    <span>{facetLabel(dim, entry, t)}</span> <span className="fbv-count">{entry.count}</span>
                  </label>
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </div>
  );
});
