import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { FEEDBACK_SORTS, type FeedbackFilters as Filters, type FeedbackSort } from '../../../shared/feedback/table/feedbackQuery.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ErrorNote } from '../../ui/ErrorNote.tsx';
import { FeedbackDetail, type FeedbackWork } from './FeedbackDetail.tsx';
import { FeedbackFilters } from './FeedbackFilters.tsx';
import { allMatchingIds, SELECTION_LIMIT } from './allMatchingIds.ts';
import { FeedbackTable, movedSelection } from './FeedbackTable.tsx';
import { extended, NO_SELECTION, type RowSelection, selectedAll, type SelectionKey, toggled } from './rowSelection.ts';
import { SelectionBar } from './SelectionBar.tsx';
import { PAGE_ROWS, useFeedbackRows } from './useFeedbackRows.ts';
import { goOnTo, type AfterSave } from './goOnTo.ts';
import '../feedbackViews.css';

/** Typing pauses this long before the search is sent. */
const SEARCH_MS = 200;

/**
 * The table of every comment: the search box, the sort, the filters with their counts, the
 * virtualised table and, beside it, the selected comment's source text and anchor, its tags and
 * its decision. The filters belong to the page (the dashboard sets them when a chart is clicked).
 * The queue is worked by keyboard: ↑/↓ choose, A goes to the answer, Ctrl+Enter saves it and
 * goes on to the next comment (the one after it in the table as it was, found again once the
 * table has been read again: a decided comment may have left the filter), its answer focused.
 * Rows are checked with Space, Shift+↑/↓, Ctrl+A (every comment of the filter, up to
 * SELECTION_LIMIT) or their checkbox; the bar at the head of the side column then tags or answers
 * all of them (beside the table, so the table never moves when it appears).
 * A new query clears the checks (what was checked may not be in it); a change heard keeps them.
 */
export function FeedbackTableView({ workspaceId, filters, onFilters, refresh, work, onChanged, initialItem }: {
  workspaceId: string; filters: Filters; onFilters(filters: Filters): void; refresh: number; work: FeedbackWork; onChanged(): void;
  /** An item to select once the first rows are here (opened from the editor), if it is among them. */
  initialItem?: string;
}) {
  const { t } = useI18n();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<FeedbackSort>({ by: 'received', direction: 'asc' });
  const [selected, setSelected] = useState(-1);
  const detail = useRef<HTMLElement>(null);
  const grid = useRef<HTMLDivElement>(null);
  // Focus goes into the next comment's answer when its field appears (the form reads the decision first).
  const focusAnswer = useRef(false);
  const answer = useRef<HTMLTextAreaElement | null>(null);
  const answerRef = useCallback((field: HTMLTextAreaElement | null) => {
    answer.current = field;
    if (field && focusAnswer.current) {
      focusAnswer.current = false;
      field.focus();
    }
  }, []);
  // After a save: where to go on, resolved once the table has been read again after the save.
  const next = useRef<(AfterSave & { reading: number }) | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed), SEARCH_MS);
    return () => clearTimeout(timer);
  }, [typed]);
  const rows = useFeedbackRows(workspaceId, { filters, search, sort }, refresh);
  // A new query starts with nothing selected; the same query read again (a change heard) keeps the selection.
  const queryKey = JSON.stringify([filters, search, sort]);
  const [selection, setSelection] = useState<RowSelection>(NO_SELECTION);
  const [selectingAll, setSelectingAll] = useState(false);
  const [capped, setCapped] = useState<number | null>(null);
  const clearSelection = useCallback(() => {
    setSelection(NO_SELECTION);
    setCapped(null);
  }, []);
  useEffect(() => {
    setSelected(-1);
    clearSelection();
  }, [queryKey, clearSelection]);
  const checkedIds = useMemo(() => [...selection.ids], [selection]);
  // The latest query, for a Ctrl+A whose ids arrive after the query changed (they are then dropped).
  const currentQuery = useRef(queryKey);
  currentQuery.current = queryKey;
  const rowsRef = useRef(rows);
  rowsRef.current = rows;
  const onCheck = useCallback((index: number) => {
    const id = rowsRef.current.rowAt(index)?.id;
    if (id !== undefined) setSelection((s) => toggled(s, index, id));
  }, []);
  const selectAll = () => {
    const asked = queryKey;
    const total = rows.total;
    setSelectingAll(true);
    allMatchingIds(workspaceId, { filters, search, sort }, total).then(
      (ids) => {
        if (currentQuery.current !== asked) return;
        setSelection(selectedAll(ids));
        setCapped(total > SELECTION_LIMIT ? total : null);
      },
      () => undefined, // the table's own reading shows a failing server; nothing is selected
    ).finally(() => setSelectingAll(false));
  };
  const onSelectionKey = (key: SelectionKey) => {
    if (key === 'clear') return clearSelection();
    if (key === 'selectAll') return selectAll();
    if (key === 'toggle') return selected >= 0 && onCheck(selected);
    const to = movedSelection(key === 'extendUp' ? 'ArrowUp' : 'ArrowDown', selected, rows.total, 1);
    if (to === null) return;
    setSelection((s) => extended(s, selected < 0 ? to : selected, to, (i) => rows.rowAt(i)?.id));
    setSelected(to);
  };
  const toGrid = () => {
    clearSelection();
    grid.current?.focus();
  };
  useEffect(() => {
    const pending = next.current;
    if (!pending || rows.loading || rows.loaded < pending.reading) return;
    const here = rows.rowAt(pending.at);
    if (here === undefined && pending.at < rows.total) return; // its page is on its way
    next.current = null;
    focusAnswer.current = true;
    const to = Math.max(0, Math.min(goOnTo(pending, here?.id, rows.rowAt(pending.at + 1)?.id), rows.total - 1));
    setSelected(to);
    if (to === selected && answer.current) answer.current.focus();
  });
  // While the table is read again (a change heard), the selected row's page is briefly not here:
  // the side keeps its item meanwhile, so an answer being typed is not dropped.
  const shown = useRef<{ at: number; id: string | null }>({ at: -1, id: null });
  const current = selected >= 0 ? rows.rowAt(selected)?.id : undefined;
  const itemId = selected < 0 ? null : current ?? (shown.current.at === selected ? shown.current.id : null);
  shown.current = { at: selected, id: itemId };
  const initial = useRef(initialItem);
  useEffect(() => {
    if (!initial.current || rows.loading) return;
    for (let i = 0; i < Math.min(rows.total, PAGE_ROWS); i++) {
      if (rows.rowAt(i)?.id === initial.current) {
        initial.current = undefined;
        setSelected(i);
        return;
      }
    }
  });
  const onSaved = () => {
    // The rows may be being read again (a change heard) as the save ends: the next row's id is then not known.
    next.current = { decided: itemId, id: rows.rowAt(selected + 1)?.id, at: selected, reading: rows.nextReading() };
  };
  const toAnswer = () => {
    if (answer.current) answer.current.focus();
    else focusAnswer.current = true;
  };
  const filtered = Object.values(filters).some((values) => values && values.length > 0);
  return (
    <section className="fbv-table-view">
      <div className="fbv-toolbar">
        <input type="search" className="fbv-search" value={typed} onChange={(e) => setTyped(e.target.value)} aria-label={t('feedback.view.search')}
          placeholder={t('feedback.view.searchPlaceholder')} data-testid="fbv-search" />
        <label>
          {t('feedback.view.sort')}{' '}
          <select value={sort.by} onChange={(e) => setSort({ ...sort, by: e.target.value as FeedbackSort['by'] })} data-testid="fbv-sort">
            {FEEDBACK_SORTS.map((by) => <option key={by} value={by}>{t(`feedback.view.sort.${by}`)}</option>)}
          </select>
        </label>
        <select value={sort.direction} aria-label={t('feedback.view.sort')} onChange={(e) => setSort({ ...sort, direction: e.target.value as FeedbackSort['direction'] })}>
          <option value="asc">{t('feedback.view.sort.asc')}</option>
          <option value="desc">{t('feedback.view.sort.desc')}</option>
        </select>
        <span className="fbv-total" data-testid="fbv-total" aria-live="polite">{t('feedback.view.count', { total: rows.total, all: rows.all })}</span>
        {filtered && <button type="button" className="link" onClick={() => onFilters({})} data-testid="fbv-clear">{t('feedback.view.clear')}</button>}
      </div>
      <FeedbackFilters facets={rows.facets} filters={filters} onChange={onFilters} />
      {rows.error && <ErrorNote error={rows.error} onRetry={rows.reload} />}
      <div className="fbv-split">
        <div className="fbv-main">
          {!rows.loading && rows.total === 0 && <p className="fbv-muted" data-testid="fbv-empty">{t('feedback.view.empty')}</p>}
          <FeedbackTable rows={rows} selected={selected} onSelect={setSelected} onOpen={() => detail.current?.focus()} onAnswer={toAnswer} gridRef={grid}
            checked={selection.ids} onCheck={onCheck} onSelectionKey={onSelectionKey} />
        </div>
        {/* The bar is at the head of the side column, not above the table: its coming, going and growing never move the rows under the pointer. */}
        <div className="fbv-side">
          {(selection.ids.size > 0 || selectingAll) && (
            <SelectionBar workspaceId={workspaceId} ids={checkedIds} capped={capped} selecting={selectingAll} work={work} onChanged={onChanged} onClear={toGrid} />
          )}
          <FeedbackDetail ref={detail} workspaceId={workspaceId} itemId={itemId} refresh={refresh} work={work}
            answerRef={answerRef} onChanged={onChanged} onSaved={onSaved} onBack={() => grid.current?.focus()} />
        </div>
      </div>
    </section>
  );
}
