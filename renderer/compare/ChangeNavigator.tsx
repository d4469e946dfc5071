import { memo, useMemo } from 'react';
import type { Change } from '../../shared/compare/types.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { type ChangeFilter, hiddenChanges } from './changeFilter.ts';
import { type SectionIndex, blockLabel, shownBlock } from './changeSections.ts';
import { groupBySection } from './sectionCounts.ts';

interface Props {
  changes: readonly Change[];
  index: SectionIndex;
  visible: readonly number[];
  filter: ChangeFilter;
  onFilter(filter: ChangeFilter): void;
  onlyChanges: boolean;
  onOnlyChanges(value: boolean): void;
  current: number | null;
  onGo(row: number): void;
  onStep(dir: 1 | -1): void;
}

/** Next/previous, the filters, and the visible changes grouped by section with counts. */
export function ChangeNavigator({ changes, index, visible, filter, onFilter, onlyChanges, onOnlyChanges, current, onGo, onStep }: Props) {
  const { t } = useI18n();
  const position = current === null ? 0 : visible.indexOf(current) + 1;
  const hidden = useMemo(() => hiddenChanges(changes, filter, index), [changes, filter, index]);
  return (
    <aside className="cmp-nav panel" data-testid="change-navigator">
      <div className="cmp-step">
        <button type="button" onClick={() => onStep(-1)} title={t('compare.prevHint')} data-testid="prev-change">
          ↑ {t('compare.prev')}
        </button>
        <button type="button" onClick={() => onStep(1)} title={t('compare.nextHint')} data-testid="next-change">
          ↓ {t('compare.next')}
        </button>
        <span className="muted small" data-testid="change-position">
          {t('compare.position', { n: position, total: visible.length })}
        </span>
      </div>
      <p className="muted small">{t('compare.keys')}</p>
      <label className="check">
        <input type="checkbox" checked={filter.hideMinor} onChange={(e) => onFilter({ ...filter, hideMinor: e.target.checked })} data-testid="filter-minor" />
        {t('compare.hideMinor')}
      </label>
      <label className="check">
        <input type="checkbox" checked={filter.hideFormatting} onChange={(e) => onFilter({ ...filter, hideFormatting: e.target.checked })} data-testid="filter-formatting" />
        {t('compare.hideFormatting')}
      </label>
      <label className="check">
        <input type="checkbox" checked={filter.onlyTargets} onChange={(e) => onFilter({ ...filter, onlyTargets: e.target.checked })} data-testid="filter-targets" />
        {t('compare.onlyTargets')}
      </label>
      <label className="check">
        <input type="checkbox" checked={onlyChanges} onChange={(e) => onOnlyChanges(e.target.checked)} data-testid="filter-only-changes" />
        {t('compare.onlyChanges')}
      </label>
      <label className="stack">
        {t('compare.section')}
        <select
          value={filter.section ?? ''}
          onChange={(e) => onFilter({ ...filter, section: e.target.value === '' ? null : Number(e.target.value) })}
          data-testid="filter-section"
        >
          <option value="">{t('compare.allSections')}</option>
          {index.sections.map((s, k) => (
            <option key={k} value={k}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <HiddenNote hidden={hidden} onShow={() => onFilter({ ...filter, hideMinor: false, hideFormatting: false })} />
      <ChangeList changes={changes} index={index} visible={visible} current={current} onGo={onGo} />
    </aside>
  );
}

const ChangeList = memo(function ChangeList({ changes, index, visible, current, onGo }: Pick<Props, 'changes' | 'index' | 'visible' | 'current' | 'onGo'>) {
  const { t } = useI18n();
  return (
    <ol className="cmp-groups" data-testid="change-list">
      {groupBySection(visible, index).map((group) => (
        <li key={group.section}>
          <div className="cmp-group-head">
            <span>{group.section >= 0 ? index.sections[group.section].label : t('compare.beforeSections')}</span>
            <span className="count">{group.rows.length}</span>
          </div>
          <ul>
            {group.rows.map((row) => (
              <li key={row} className={row === current ? 'current' : ''}>
                <button type="button" className="link" onClick={() => onGo(row)} data-testid="change-item" data-op={changes[row].op}>
                  <span className={`op-badge op-${changes[row].op}`}>{t(`compare.op.${changes[row].op}`)}</span>
                  {changes[row].class && (
                    <span className={`cls-badge cls-${changes[row].class}`} data-testid="change-class" data-class={changes[row].class}>
                      {t(`compare.class.${changes[row].class!}`)}
                    </span>
                  )}{' '}
                  {blockLabel(shownBlock(changes[row])!)}
                </button>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
});

/** Says how many changes the hide filters keep out of the list and why, with a button to show them. */
function HiddenNote({ hidden, onShow }: { hidden: ReturnType<typeof hiddenChanges>; onShow(): void }) {
  const { t } = useI18n();
  const total = hidden.minor + hidden.formatting;
  if (total === 0) return null;
  const why = [
    hidden.minor > 0 && t('compare.hidden.minor', { count: hidden.minor }),
    hidden.formatting > 0 && t('compare.hidden.formatting', { count: hidden.formatting }),
  ].filter(Boolean);
  return (
    <p className="cmp-hidden small" role="status" data-testid="hidden-changes" data-count={total}>
      {t('compare.hidden.count', { count: total })} ({why.join('; ')}).{' '}
      <button type="button" className="link" onClick={onShow} data-testid="show-hidden">
        {t('compare.hidden.show')}
      </button>
    </p>
  );
}
