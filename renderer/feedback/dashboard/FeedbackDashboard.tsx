import { useMemo } from 'react';
import type { FeedbackFilters } from '../../../shared/feedback/table/feedbackQuery.ts';
import { call } from '../../api/rpcClient.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ErrorNote } from '../../ui/ErrorNote.tsx';
import { useLoad } from '../../ui/useRpc.ts';
import { facetLabel } from '../table/facetLabel.ts';
import { Chart } from './Chart.tsx';
import { barsAcross, barsUp, filterOfClick, sectionThemeHeat, statusByDay } from './chartOptions.ts';
import '../feedbackViews.css';

/**
 * The feedback dashboard: comments by section, by source level, by day received and status, and
 * sections × themes, drawn with ECharts from the server's aggregates (one call, whatever the
 * number of comments). Clicking a bar or a cell opens the table filtered to what it counts.
 */
export function FeedbackDashboard({ workspaceId, refresh, onOpen }: { workspaceId: string; refresh: number; onOpen(filters: FeedbackFilters): void }) {
  const { t } = useI18n();
  const dashboard = useLoad(() => call('feedback.dashboard', { workspaceId }), [workspaceId, refresh]);
  const data = dashboard.data;
  const options = useMemo(() => data && {
    section: barsAcross(data.bySection, (e) => facetLabel('section', e, t), (e) => ({ section: [e.value] }), t('feedback.view.dash.bySection')),
    level: barsUp(data.byLevel, (e) => facetLabel('level', e, t), (e) => ({ level: [e.value] }), t('feedback.view.dash.byLevel')),
    day: statusByDay(data.byDay, (s) => t(`feedback.view.status.${s}`), t('feedback.view.dash.byDay')),
    heat: sectionThemeHeat(data.heat, (e) => facetLabel('section', e, t), (e) => facetLabel('tag', e, t), t('feedback.view.dash.heat')),
  }, [data, t]);
  const open = (event: { data?: unknown }) => {
    const filter = filterOfClick(event.data);
    if (filter) onOpen(filter);
  };
  return (
    <section className="fbv-dashboard" data-testid="fbv-dashboard">
      {dashboard.error && <ErrorNote error={dashboard.error} onRetry={dashboard.reload} />}
      {data && <p><strong data-testid="fbv-dash-total">{t('feedback.view.dash.total', { total: data.total })}</strong> <span className="fbv-muted">{t('feedback.view.dash.hint')}</span></p>}
      {data && data.total === 0 && <p className="fbv-muted">{t('feedback.view.dash.empty')}</p>}
      {options && data && data.total > 0 && (
        <div className="fbv-charts">
          <figure className="fbv-chart"><h3>{t('feedback.view.dash.bySection')}</h3>
            <Chart option={options.section} onClick={open} className="fbv-chart-canvas fbv-chart-tall" testId="fbv-chart-section" label={t('feedback.view.dash.bySection')} /></figure>
          <figure className="fbv-chart"><h3>{t('feedback.view.dash.heat')}</h3>
            <Chart option={options.heat} onClick={open} className="fbv-chart-canvas fbv-chart-tall" testId="fbv-chart-heat" label={t('feedback.view.dash.heat')} /></figure>
          <figure className="fbv-chart"><h3>{t('feedback.view.dash.byLevel')}</h3>
            <Chart option={options.level} onClick={open} className="fbv-chart-canvas" testId="fbv-chart-level" label={t('feedback.view.dash.byLevel')} /></figure>
          <figure className="fbv-chart"><h3>{t('feedback.view.dash.byDay')}</h3>
            <Chart option={options.day} onClick={open} className="fbv-chart-canvas" testId="fbv-chart-day" label={t('feedback.view.dash.byDay')} /></figure>
        </div>
      )}
    </section>
  );
}
