import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { DraftSide } from '../../shared/rpc/draftContract.ts';
import { sideCaption, sideTitle } from '../drafts/draftLabel.ts';
import { ChangeNavigator } from './ChangeNavigator.tsx';
import { DEFAULT_FILTER, type ChangeFilter, visibleChanges } from './changeFilter.ts';
import { ExportComparisonButton } from './ExportComparisonButton.tsx';
import { stepChange } from './navigate.ts';
import { Redline } from './Redline.tsx';
import { firstRowInView } from './firstRowInView.ts';
import { keepInView } from './keepInView.ts';
import { SideBySide } from './SideBySide.tsx';
import { StatsBar } from './StatsBar.tsx';
import { useChangeKeys } from './useChangeKeys.ts';
import type { LoadedComparison } from './useComparison.ts';

interface Props {
  workspaceId: string;
  documentId: string;
  loaded: LoadedComparison;
  sides: [DraftSide, DraftSide];
  onSynopsis(blockId: string): void;
}

/** The rows of `visible` and the old places of the moved blocks among them, in reading order. */
function withMoveOrigins(changes: LoadedComparison['comparison']['changes'], visible: readonly number[]): number[] {
  const origins = visible.map((i) => changes[i].moveFrom).filter((i): i is number => i !== undefined);
  return origins.length === 0 ? [...visible] : [...visible, ...origins].sort((a, b) => a - b);
}

/** The comparison's views (side by side or redline), its navigator and its export. */
export function CompareView({ workspaceId, documentId, loaded, sides, onSynopsis }: Props) {
  const { t, language } = useI18n();
  const { comparison, index } = loaded;
  const [filter, setFilter] = useState<ChangeFilter>(DEFAULT_FILTER);
  const [onlyChanges, setOnlyChanges] = useState(false);
  const [mode, setMode] = useState<'side' | 'redline'>('side');
  const [current, setCurrent] = useState<number | null>(null);
  const visible = useMemo(() => visibleChanges(comparison.changes, filter, index), [comparison, filter, index]);
  const shown = useMemo(() => new Set(visible), [visible]);
  const allRows = useMemo(() => comparison.changes.map((_, i) => i), [comparison]);
  const sectionRows = useMemo(() => (filter.section === null ? allRows : allRows.filter((i) => index.sectionOf[i] === filter.section)), [allRows, filter.section, index]);
  const changeRows = useMemo(() => (onlyChanges ? withMoveOrigins(comparison.changes, visible) : null), [onlyChanges, comparison, visible]);
  // Kept the same array while the filters leave it unchanged: the views start drawing anew when it changes.
  const rows = changeRows ?? sectionRows;
  const scroller = useRef<HTMLElement>(null);
  const topRow = useCallback(() => firstRowInView(scroller.current), []);

  const step = useCallback((dir: 1 | -1) => setCurrent((cur) => stepChange(visible, cur, dir)), [visible]);
  useChangeKeys(step);
  // Before the paint: the highlighted row and the scroll land in the same frame.
  useLayoutEffect(() => (current !== null && scroller.current ? keepInView(scroller.current, current) : undefined), [current, mode]);

  const viewProps = {
    changes: comparison.changes,
    shown,
    rows,
    current,
    onJump: setCurrent,
    onSynopsis,
    topRow,
    leftLabel: sideCaption(t, language, sides[0], loaded.left.draft),
    rightLabel: sideCaption(t, language, sides[1], loaded.right.draft),
  };
  return (
    <div className="compare-body">
      <div className="cmp-toolbar">
        <div className="tabs" role="tablist">
          <button type="button" role="tab" aria-selected={mode === 'side'} onClick={() => setMode('side')} data-testid="mode-side">
            {t('compare.sideBySide')}
          </button>
          <button type="button" role="tab" aria-selected={mode === 'redline'} onClick={() => setMode('redline')} data-testid="mode-redline">
            {t('compare.redline')}
          </button>
        </div>
        <StatsBar comparison={comparison} millis={loaded.millis} />
        <ExportComparisonButton workspaceId={workspaceId} documentId={documentId} sides={sides} />
      </div>
      <div className="cmp-columns">
        <ChangeNavigator
          changes={comparison.changes}
          index={index}
          visible={visible}
          filter={filter}
          onFilter={setFilter}
          onlyChanges={onlyChanges}
          onOnlyChanges={setOnlyChanges}
          current={current}
          onGo={setCurrent}
          onStep={step}
        />
        <main className="cmp-scroll" ref={scroller}>{mode === 'side' ? <SideBySide {...viewProps} /> : <Redline {...viewProps} />}</main>
      </div>
    </div>
  );
}
