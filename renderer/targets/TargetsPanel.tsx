import type { EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { memo, useMemo, useRef } from 'react';
import type { TargetFigure } from '../../shared/targets/index.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { outlineActions } from '../outline/outlineActions.ts';
import { labelsOf } from '../../shared/editor/plugins/numberingPlugin.ts';
import { targetRows } from './targetRows.ts';
import { TargetRowView } from './TargetRowView.tsx';

/**
 * The targets table: every target (chỉ tiêu) with its number, text and the figures read from
 * it. The text is the source of truth: editing a figure here rewrites it in the text, and the
 * table, derived again from the text, follows. Clicking a number or text jumps to the target.
 */
export const TargetsPanel = memo(function TargetsPanel({ view, state, onClose }: { view: EditorView | null; state: EditorState | null; onClose(): void }) {
  const { t } = useI18n();
  const cache = useRef(new Map<string, TargetFigure[]>());
  const doc = state?.doc ?? null;
  const labels = state ? labelsOf(state) : null;
  const rows = useMemo(() => (doc && labels ? targetRows(doc, labels, cache.current) : []), [doc, labels]);
  const actions = useMemo(() => outlineActions(view), [view]);
  const figureCount = rows.reduce((n, r) => n + r.figures.length, 0);

  return (
    <aside className="targets-panel no-print" aria-label={t('targets.title')} data-testid="targets-panel">
      <div className="panel-head">
        <h2>{t('targets.title')}</h2>
        <span className="muted small">{t('targets.count', { count: rows.length })}, {t('targets.figureCount', { count: figureCount })}</span>
        <button type="button" className="link" onClick={onClose} aria-label={t('targets.close')}>
          ✕
        </button>
      </div>
      {rows.length === 0 ? (
        <p className="muted small">{t('targets.empty')}</p>
      ) : (
        <div className="targets-scroll">
        <table className="targets-table" data-testid="targets-table">
          <thead>
            <tr>
              <th>{t('targets.number')}</th>
              <th>{t('targets.text')}</th>
              <th>{t('targets.figure')}</th>
              <th>{t('targets.value')}</th>
              <th>{t('targets.unit')}</th>
              <th>{t('targets.qualifiers')}</th>
              <th>{t('targets.year')}</th>
            </tr>
          </thead>
          {rows.map((row) => (
            <TargetRowView key={row.id} row={row} view={view} onJump={() => actions.jump(row.id)} />
          ))}
        </table>
        </div>
      )}
    </aside>
  );
});
