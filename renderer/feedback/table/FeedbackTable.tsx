import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, memo, type RefObject, useEffect, useRef } from 'react';
import type { FeedbackRow } from '../../../shared/feedback/table/feedbackQuery.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { type SelectionKey, selectionKey } from './rowSelection.ts';
import { type FeedbackRows, PAGE_ROWS } from './useFeedbackRows.ts';

/** One row's height in pixels (rows are one line; the side panel shows the whole text). */
export const ROW_HEIGHT = 34;
/** The sticky header row's height: rows start below it, and a row scrolled to is not under it. */
const HEAD_HEIGHT = 32;

/** No row checked. */
const NONE: ReadonlySet<string> = new Set();

/** Rows fetched beyond each end of the view (half a page), so a steady scroll does not wait for its next page. */
const PREFETCH_ROWS = PAGE_ROWS / 2;

/**
 * How many row keys the rows in view cycle through: a power of two, at least as many as the rows
 * rendered, so no two rendered rows share a key. A row scrolled out hands its key (and its DOM) to
 * the one scrolled in, which React patches (its texts and place) instead of making anew.
 */
export function slotCount(rendered: number): number {
  let slots = 64;
  while (slots < rendered) slots *= 2;
  return slots;
}

/**
 * Characters of a comment drawn in its row: more than the widest text column shows on one line
 * (about 1,100 px), fewer than the 400 the server sends. The browser shapes every character of a
 * row's text, shown or not, and 40 rows of 400 Vietnamese characters coming in each frame were
 * most of a scrolling frame's work. The whole row text stays in the row's tooltip.
 */
export const SHOWN_CHARS = 160;

/** The part of a row's text drawn in the row: the text, or its first SHOWN_CHARS - 1 characters and an ellipsis. */
export function shownText(text: string): string {
  return text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS - 1)}…` : text;
}

/** The next selection for a navigation key, or null for a key the table does not handle. */
export function movedSelection(key: string, selected: number, total: number, pageRows: number): number | null {
  if (total === 0) return null;
  const at = selected < 0 ? -1 : selected;
  const to = { ArrowDown: at + 1, ArrowUp: at - 1, PageDown: at + pageRows, PageUp: at - pageRows, Home: 0, End: total - 1 }[key];
  return to === undefined ? null : Math.max(0, Math.min(total - 1, to));
}

/**
 * Every comment of the query as a virtualised grid (only the rows in view, and a few around,
 * are in the DOM; @tanstack/react-virtual), fetched a page at a time. One row is selected:
 * ↑/↓, PageUp/PageDown, Home/End move it and scroll it into view, a click selects, Enter opens
 * it (`onOpen`), A goes to its answer (`onAnswer`). The grid is one tab stop; the selected row is
 * its active descendant. Beside that focus, any number of rows may be checked (`checked`, by id):
 * a row's checkbox and the selection's keys (rowSelection.ts) go to `onCheck` and `onSelectionKey`.
 */
export function FeedbackTable({ rows, selected, onSelect, onOpen, onAnswer, gridRef, checked = NONE, onCheck, onSelectionKey }: {
  rows: FeedbackRows; selected: number; onSelect(index: number): void; onOpen(): void; onAnswer?(): void; gridRef?: RefObject<HTMLDivElement | null>;
  checked?: ReadonlySet<string>; onCheck?(index: number): void; onSelectionKey?(key: SelectionKey): void;
}) {
  const { t } = useI18n();
  const own = useRef<HTMLDivElement>(null);
  const scroller = gridRef ?? own;
  const virtualizer = useVirtualizer({ count: rows.total, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 12,
    paddingStart: HEAD_HEIGHT, scrollPaddingStart: HEAD_HEIGHT });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? -1;
  const { ensure } = rows;
  useEffect(() => {
    // The rows in view, then the half page on either side: scrolling finds its rows already here.
    if (last < 0) return;
    ensure(first, last);
    ensure(first - PREFETCH_ROWS, last + PREFETCH_ROWS);
  }, [ensure, first, last]);
  const slots = slotCount(items.length);
  useEffect(() => {
    if (selected >= 0) virtualizer.scrollToIndex(selected, { align: 'auto' });
  }, [selected, virtualizer]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const selecting = onSelectionKey ? selectionKey(event, checked.size > 0) : null;
    if (selecting) {
      event.preventDefault();
      return onSelectionKey?.(selecting);
    }
    if (event.key === 'Enter' && selected >= 0) {
      event.preventDefault();
      return onOpen();
    }
    if (onAnswer && selected >= 0 && event.key.toLowerCase() === 'a' && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      return onAnswer();
    }
    const pageRows = Math.max(1, Math.floor((scroller.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT) - 1);
    const to = movedSelection(event.key, selected, rows.total, pageRows);
    if (to === null) return;
    event.preventDefault();
    onSelect(to);
  };

  return (
    <div className="fbv-grid" role="grid" aria-label={t('feedback.view.table')} aria-rowcount={rows.total} tabIndex={0} ref={scroller}
      data-testid="fbv-table" aria-activedescendant={selected >= 0 ? `fbv-row-${selected}` : undefined} onKeyDown={onKeyDown}
      onFocus={() => selected < 0 && rows.total > 0 && onSelect(0)}>
      <div className="fbv-grid-body" style={{ height: virtualizer.getTotalSize() }}>
        <div className="fbv-grid-head" role="row" style={{ height: HEAD_HEIGHT }}>
          <span role="columnheader">{t('feedback.view.col.text')}</span>
          <span role="columnheader">{t('feedback.view.col.source')}</span>
          <span role="columnheader">{t('feedback.view.col.section')}</span>
          <span role="columnheader">{t('feedback.view.col.tags')}</span>
          <span role="columnheader">{t('feedback.view.col.cluster')}</span>
          <span role="columnheader">{t('feedback.view.col.status')}</span>
        </div>
        {items.map((item) => (
          <TableRow key={item.index % slots} index={item.index} start={item.start} row={rows.rowAt(item.index)} selected={item.index === selected} onSelect={onSelect}
            checked={checked.has(rows.rowAt(item.index)?.id ?? '')} onCheck={onCheck} />
        ))}
      </div>
    </div>
  );
}

/**
 * One row, drawn again only when its place, its data, its focus or its check changes: while the
 * table scrolls, the rows already in view keep their DOM and only those coming in are drawn.
 */
const TableRow = memo(function TableRow({ index, start, row, selected, onSelect, checked, onCheck }: {
  index: number; start: number; row: FeedbackRow | undefined; selected: boolean; onSelect(index: number): void; checked: boolean; onCheck?(index: number): void;
}) {
  const { t } = useI18n();
  const className = `fbv-row${selected ? ' fbv-selected' : ''}${checked ? ' fbv-checked' : ''}`;
  return (
    <div id={`fbv-row-${index}`} role="row" aria-rowindex={index + 1} aria-selected={selected} className={className} data-checked={checked || undefined}
      data-testid="fbv-row" style={{ transform: `translateY(${start}px)`, height: ROW_HEIGHT }} onClick={() => onSelect(index)}>
      {row ? (
        <>
          {/* Inside the text's cell, so the columns stay where they were; a mouse-down on it leaves the focus in the grid.
              A styled span, not an <input>: a native control in each of the ~40 rows patched per scrolling frame costs more to lay out. */}
          <span role="gridcell" className="fbv-text" title={row.text}>
            {onCheck && <span role="checkbox" className="fbv-check" aria-checked={checked} aria-label={t('feedback.bulk.check')} data-testid="fbv-row-check"
              onMouseDown={(e) => e.preventDefault()} onClick={(e) => { e.stopPropagation(); onCheck(index); }} />}
            {shownText(row.text)}
          </span>
          <span role="gridcell">{row.sourceLabel || row.sourceName}</span>
          <span role="gridcell" className="fbv-muted">{row.sectionLabel}</span>
          <span role="gridcell" className="fbv-tags" title={row.tags.join('; ')} data-testid="fbv-row-tags">{row.tags.map((path) => path.split(' › ').at(-1)).join('; ')}</span>
          <span role="gridcell" className="fbv-muted" data-testid="fbv-row-cluster">{row.clusterSize > 1 ? t('feedback.view.clusterSize', { count: row.clusterSize }) : ''}</span>
          <span role="gridcell" className={`fbv-status fbv-status-${row.status}`}>{t(`feedback.view.status.${row.status}`)}</span>
        </>
      ) : (
        <span role="gridcell" className="fbv-muted">{t('feedback.view.loadingRow')}</span>
      )}
    </div>
  );
});
