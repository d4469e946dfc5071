import { CHANGE_CLASSES, type Comparison } from '../../shared/compare/types.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { classCounts } from './sectionCounts.ts';

const OPS = ['equal', 'modified', 'inserted', 'deleted', 'moved', 'split', 'merged'] as const;

/** The comparison in figures: rows by operation, then changes by class, and the time it took. */
export function StatsBar({ comparison, millis }: { comparison: Comparison; millis: number }) {
  const { t } = useI18n();
  const classes = classCounts(comparison.changes);
  return (
    <div className="cmp-stats" data-testid="compare-stats">
      {OPS.map((op) => (
        <span key={op} className={`stat op-${op}`} data-stat={op}>
          {t(`compare.op.${op}`)}: <b>{comparison.stats[op]}</b>
        </span>
      ))}
      <span className="sep" />
      {CHANGE_CLASSES.map((c) => (
        <span key={c} className={`stat cls-${c}`} data-class-count={c}>
          {t(`compare.class.${c}`)}: <b>{classes[c]}</b>
        </span>
      ))}
      <span className="muted small">{t('compare.took', { ms: millis.toFixed(1) })}</span>
    </div>
  );
}
