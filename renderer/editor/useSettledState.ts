import type { EditorState } from 'prosemirror-state';
import { useEffect, useState } from 'react';
import { labelsOf } from '../../shared/editor/plugins/numberingPlugin.ts';
import { afterPaint } from './afterPaint.ts';
import type { ValueStore } from './valueStore.ts';

/** The longest a change of structure waits for the panels when no frame comes (a hidden page). */
const STRUCTURE_FALLBACK_MS = 100;

/** Whether `next` changes the document's structure against `shown`: new labels, blocks added or removed. */
function changesStructure(next: EditorState, shown: EditorState): boolean {
  return labelsOf(next) !== labelsOf(shown) || next.doc.childCount !== shown.doc.childCount;
}

/**
 * The editor state for panels that summarise the whole document (outline, targets): while
 * someone types it follows after a short pause, so a 1,200-block outline is not rebuilt on
 * every keystroke; a change of structure (new labels, blocks added or removed) shows in a task
 * right after the frame that draws it in the text, not inside the keystroke: re-rendering the
 * page with its outline was about half of an Enter or a Backspace that joins two blocks (6.5 of
 * 12.8 ms in the CDP trace of the 1,200-block report, issue 9), and the text waited for it. The
 * first state, and none (the view gone), show at once. It listens to the store itself, so the
 * page that uses it re-renders only when it settles.
 */
export function useSettledState(states: ValueStore<EditorState | null>, delayMs = 200): EditorState | null {
  const [settled, setSettled] = useState(states.get);
  useEffect(() => {
    let shown = states.get();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const show = (state: EditorState | null) => {
      clearTimeout(timer);
      structure.cancel();
      shown = state;
      setSettled(state);
    };
    const structure = afterPaint(() => show(states.get()), STRUCTURE_FALLBACK_MS);
    show(shown);
    const unsubscribe = states.subscribe(() => {
      const next = states.get();
      if (!next || !shown) return show(next);
      if (changesStructure(next, shown)) {
        clearTimeout(timer);
        return structure.schedule();
      }
      clearTimeout(timer);
      if (next.doc === shown.doc) return;
      timer = setTimeout(() => show(states.get()), delayMs);
    });
    return () => {
      clearTimeout(timer);
      structure.cancel();
      unsubscribe();
    };
  }, [states, delayMs]);
  return settled;
}
