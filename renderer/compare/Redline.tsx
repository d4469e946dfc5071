import { memo } from 'react';
import type { Change } from '../../shared/compare/types.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { numberLabel } from '../../shared/numbering/numberLabel.ts';
import { FormattingRun } from './EmphasisRun.tsx';
import type { ViewProps } from './SideBySide.tsx';
import { useProgressiveRows } from './useProgressiveRows.ts';

/** One block of the redline: the newer text with deletions struck and insertions underlined inline. */
const RedlineRow = memo(function RedlineRow({ change, row, shown, current }: { change: Change; row: number; shown: boolean; current: boolean }) {
  const { t } = useI18n();
  // A block that is not in the newer draft has no place in it unless its change is shown.
  if (!shown && change.right === null) return null;
  const block = change.right ?? change.left!;
  const origin = change.moveTo !== undefined;
  const cls = ['red-row', `op-${change.op}`, shown ? 'shown' : '', current ? 'current' : ''].filter(Boolean).join(' ');
  return (
    <div className={cls} data-row={row} data-op={change.op} data-testid="redline-row">
      <span className="cmp-num">{numberLabel(block.type, block.number)}</span>
      <div className="cmp-text">
        {origin ? (
          <del className="moved-away">{change.left!.text}</del>
        ) : (
          change.tokens.map((token, k) => {
            if (token.op === 'equal' && token.emphasisBefore && shown) return <FormattingRun key={k} text={token.text} emphasis={token.emphasis} before={token.emphasisBefore} />;
            if (token.op === 'equal' || !shown) return token.op === 'delete' ? null : <span key={k}>{token.text}</span>;
            const Tag = token.op === 'delete' ? 'del' : 'ins';
            return (
              <Tag key={k} className={`cls-${token.class ?? 'substantive'}`}>
                {token.text}
              </Tag>
            );
          })
        )}
        {origin && <span className="muted small"> {t('compare.movedTo')}</span>}
      </div>
    </div>
  );
});

/** The redline: one column, the right draft with the changes from the left marked inline. */
export function Redline({ changes, shown, rows, current, topRow }: ViewProps) {
  const drawn = useProgressiveRows(rows, current, topRow);
  return (
    <div className="redline" data-testid="redline">
      {drawn.map((i) => (
        <RedlineRow key={i} change={changes[i]} row={i} shown={shown.has(i)} current={current === i} />
      ))}
    </div>
  );
}
