import { memo } from 'react';
import type { BlockRef, Change } from '../../shared/compare/types.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Lines } from './Runs.tsx';
import { numberLabel } from '../../shared/numbering/numberLabel.ts';
import { sideLines } from './sideRuns.ts';

export interface RowProps {
  change: Change;
  row: number;
  /** A change the filters let through: drawn highlighted. Hidden changes are drawn plain. */
  shown: boolean;
  current: boolean;
  /** The other place of the current moved block. */
  linked: boolean;
  onJump(row: number): void;
  onSynopsis(blockId: string): void;
}

type T = ReturnType<typeof useI18n>['t'];

/** "Đề mục 1.", "Chỉ tiêu (1)": a block type as the editor's type menu names it. */
function typeName(t: T, block: BlockRef): string {
  const key = block.type === 'heading' ? `heading-${block.level ?? 1}` : block.type;
  return ['header', 'table'].includes(key) ? t('editor.block.other') : t(`editor.block.${key}` as 'editor.block.paragraph');
}

/** "Đề mục 1. → Đề mục 1.1." when a paired block changed type or heading level (class structure), else null. */
export function structureChange(t: T, change: Change): string | null {
  const { left, right } = change;
  if (!left || !right || change.parts || (left.type === right.type && left.level === right.level)) return null;
  return t('compare.structureChange', { from: typeName(t, left), to: typeName(t, right) });
}

function numbers(change: Change, side: 'left' | 'right'): string {
  const block = change[side];
  if (!block) return '';
  const many = change.parts && change.parts[0] === block ? change.parts : [block];
  return many.map((b) => numberLabel(b.type, b.number)).filter(Boolean).join(' + ');
}

/**
 * One row of the side-by-side view: the older draft's block on the left, the newer one's on the
 * right, each with its own number. Memoised: moving through changes re-renders only the rows
 * whose `current`/`linked` flags change, so 1,200 rows stay smooth.
 */
export const CompareRow = memo(function CompareRow({ change, row, shown, current, linked, onJump, onSynopsis }: RowProps) {
  const { t } = useI18n();
  const plain = !shown;
  const origin = change.moveTo !== undefined;
  const cls = ['cmp-row', `op-${change.op}`, shown ? 'shown' : '', current ? 'current' : '', linked ? 'linked' : '', origin ? 'move-origin' : ''];
  const block = (change.right ?? change.left) as BlockRef;
  const structure = structureChange(t, change);
  return (
    <div
      className={cls.filter(Boolean).join(' ')}
      data-row={row}
      data-op={change.op}
      data-class={change.class ?? ''}
      data-shown={shown ? 'true' : 'false'}
      data-testid="cmp-row"
    >
      <div className={`cmp-cell left${change.left ? '' : ' empty'}`}>
        {change.left && <span className="cmp-num">{numbers(change, 'left')}</span>}
        {change.left && <div className="cmp-text">{<Lines lines={sideLines(change.tokens, 'left')} side="left" plain={plain || origin} />}</div>}
        {origin && (
          <button type="button" className="link move-link" data-testid="move-link" onClick={() => onJump(change.moveTo!)}>
            {t('compare.movedTo')}
          </button>
        )}
      </div>
      <div className={`cmp-cell right${change.right ? '' : ' empty'}`}>
        {change.right && <span className="cmp-num">{numbers(change, 'right')}</span>}
        {structure && (
          <span className={`cmp-structure${plain ? '' : ' shown'}`} data-testid="structure-change">
            {structure}
          </span>
        )}
        {change.right && <div className="cmp-text">{<Lines lines={sideLines(change.tokens, 'right')} side="right" plain={plain} />}</div>}
        {change.moveFrom !== undefined && (
          <button type="button" className="link move-link" data-testid="move-link" onClick={() => onJump(change.moveFrom!)}>
            {t('compare.movedFrom')}
          </button>
        )}
      </div>
      <button type="button" className="cmp-row-action" title={t('compare.synopsis')} aria-label={t('compare.synopsis')} onClick={() => onSynopsis(block.id)}>
        ⧉
      </button>
    </div>
  );
});
