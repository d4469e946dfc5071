import type { EditorView } from 'prosemirror-view';
import type { TargetFigure } from '../../shared/targets/index.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { formatFigureValue, formatFigureYear } from './formatFigure.ts';
import type { TargetRow } from './targetRows.ts';
import { FigureInput } from './FigureInput.tsx';

/** One target: a table body with a row per figure; number and text span them all. */
export function TargetRowView({ row, view, onJump }: { row: TargetRow; view: EditorView | null; onJump(): void }) {
  const { t } = useI18n();
  const figures: (TargetFigure | null)[] = row.figures.length ? row.figures : [null];
  const span = figures.length;
  return (
    <tbody data-testid="target-row" data-block-id={row.id}>
      {figures.map((figure, i) => (
        <tr key={figure ? `${figure.start}:${figure.text}` : 'none'}>
          {i === 0 && (
            <>
              <td rowSpan={span} className="target-number">
                <button type="button" className="link" onClick={onJump} title={t('targets.jump')}>
                  {row.number ?? '—'}
                </button>
              </td>
              <td rowSpan={span} className="target-text" onClick={onJump} title={row.text}>
                <div className="clamp">{row.text}</div>
              </td>
            </>
          )}
          {figure ? (
            <>
              <td>
                <FigureInput blockId={row.id} figure={figure} view={view} />
              </td>
              <td className="num">{formatFigureValue(figure)}</td>
              <td className="unit">{figure.unit ?? ''}</td>
              <td>{figure.qualifiers.map((q) => t(`targets.q.${q}` as 'targets.q.about')).join(', ')}</td>
              <td className="year">{formatFigureYear(figure)}</td>
            </>
          ) : (
            <td colSpan={5} className="muted small">
              {t('targets.noFigures')}
            </td>
          )}
        </tr>
      ))}
    </tbody>
  );
}
