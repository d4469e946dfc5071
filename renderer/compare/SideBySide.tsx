import type { Change } from '../../shared/compare/types.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { CompareRow } from './CompareRow.tsx';
import { useProgressiveRows } from './useProgressiveRows.ts';

export interface ViewProps {
  changes: readonly Change[];
  /** Rows drawn as changes (the filter lets them through). */
  shown: ReadonlySet<number>;
  /** The rows in the view, in order: every row, or those of a section, or only the changes. */
  rows: readonly number[];
  current: number | null;
  onJump(row: number): void;
  onSynopsis(blockId: string): void;
  /** The first row in view now, around which a longer list starts to be drawn. */
  topRow(): number | null;
  leftLabel: string;
  rightLabel: string;
}

/** The row a move link points to from the current row, if the current row is a moved block. */
export function linkedRow(changes: readonly Change[], current: number | null): number | null {
  if (current === null) return null;
  return changes[current]?.moveTo ?? changes[current]?.moveFrom ?? null;
}

/**
 * Two columns in one grid, one row per change (equal rows included), so both sides scroll as one
 * and stay aligned row by row whatever the texts' lengths.
 */
export function SideBySide({ changes, shown, rows, current, onJump, onSynopsis, topRow, leftLabel, rightLabel }: ViewProps) {
  const { t } = useI18n();
  const linked = linkedRow(changes, current);
  const drawn = useProgressiveRows(rows, current, topRow);
  return (
    <div className="cmp-grid" data-testid="side-by-side">
      <div className="cmp-head">
        <div>{leftLabel}</div>
        <div>{rightLabel}</div>
      </div>
      {rows.length === 0 && <p className="muted cmp-empty">{t('compare.noChanges')}</p>}
      {drawn.map((i) => (
        <CompareRow
          key={i}
          change={changes[i]}
          row={i}
          shown={shown.has(i)}
          current={current === i}
          linked={linked === i}
          onJump={onJump}
          onSynopsis={onSynopsis}
        />
      ))}
    </div>
  );
}
