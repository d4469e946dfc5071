import type { TargetFigure } from '../../shared/targets/targetFigure.ts';
import type { TargetRow } from '../../shared/compare/targetsAcrossDrafts.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { DraftSummary } from '../../shared/rpc/draftContract.ts';
import { numberLabel } from '../../shared/numbering/numberLabel.ts';

/** The figures as written ("13%/năm; 245.500 tỷ đồng"): what a reviewer compares across drafts. */
function figuresText(figures: TargetFigure[]): string {
  return figures.map((f) => f.text).join('; ');
}

/**
 * Each target's figures per draft and in the working copy (the last column); a cell whose figures
 * differ from the previous column's is marked.
 */
export function TargetsTable({ rows, drafts, onPick }: { rows: TargetRow[]; drafts: DraftSummary[]; onPick(id: string): void }) {
  const { t } = useI18n();
  if (rows.length === 0) return <p className="muted">{t('synopsis.noTargets')}</p>;
  return (
    <div className="syn-targets-scroll">
      <table className="syn-targets-table" data-testid="targets-table">
        <thead>
          <tr>
            {drafts.map((d) => (
              <th key={d.number}>{t('drafts.title', { n: d.number })}</th>
            ))}
            <th>{t('drafts.working')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.chain}>
              {row.cells.map((cell, k) => {
                const before = k > 0 ? row.cells[k - 1] : null;
                const changed = k > 0 && cell !== null && before !== null && figuresText(cell.figures) !== figuresText(before.figures);
                return (
                  <td key={k} className={changed ? 'changed' : cell ? '' : 'absent'} title={cell?.text}>
                    {cell ? (
                      <button type="button" className="link" onClick={() => onPick(cell.id)}>
                        <span className="block-number">{numberLabel('target', cell.number)}</span> {figuresText(cell.figures) || '—'}
                      </button>
                    ) : (
                      '—'
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
