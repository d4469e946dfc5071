import { startTransition, useEffect, useState } from 'react';
import { type FirstWindow, firstRows } from './progressiveRows.ts';

/**
 * Rows drawn at once: around an anchor, a few above it (it is at the top of the view, or in its
 * middle for the current row) and more than a view's worth below; from the top, enough that a
 * short document such as a 150-block communiqué is drawn whole.
 */
const WINDOW: FirstWindow = { above: 20, below: 80, fromTop: 200 };

interface Drawn {
  indices: readonly number[];
  rows: readonly number[];
  pinned: number | null;
}

/**
 * Which of `indices` to draw. When the list changes, first the rows already on the page and those
 * near the anchors — `pinned` (the current row, always drawn) and `topRow()`, the first row in
 * view, which the browser's scroll anchoring keeps in place — then every row, in a transition
 * that React renders in slices. Opening a 1,200-row comparison or turning "only changes" off so
 * shows the place being read within a frame or two, and the page stays responsive meanwhile.
 */
export function useProgressiveRows(indices: readonly number[], pinned: number | null, topRow: () => number | null): readonly number[] {
  const [drawn, setDrawn] = useState<Drawn>(() => ({ indices, rows: firstRows(indices, new Set(), [pinned, topRow()], WINDOW), pinned }));
  let now = drawn;
  if (drawn.indices !== indices || (drawn.pinned !== pinned && drawn.rows !== drawn.indices)) {
    now = { indices, rows: firstRows(indices, new Set(drawn.rows), [pinned, topRow()], WINDOW), pinned };
    setDrawn(now);
  }
  useEffect(() => {
    if (now.rows !== now.indices) startTransition(() => setDrawn((d) => (d.indices === now.indices ? { ...d, rows: d.indices } : d)));
  }, [now]);
  return now.rows;
}
