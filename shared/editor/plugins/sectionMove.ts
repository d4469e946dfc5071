import { Plugin } from 'prosemirror-state';
import { sectionMoveKey } from '../keys.ts';

/** The last section move asked for from the keyboard in the text, for the page to announce. */
export interface SectionMove {
  blockId: string;
  /** As MoveDirection (commands/siblingMove.ts), which this folder does not import. */
  direction: 'up' | 'down';
  /** False when the section was already first or last of its rank and stayed. */
  moved: boolean;
  /** Counts the moves asked for, so two equal moves in a row are told apart. */
  serial: number;
}

/** Keeps the last keyboard section move (commands/moveSectionAtCursor.ts); null until one. */
export function sectionMovePlugin(): Plugin<SectionMove | null> {
  return new Plugin<SectionMove | null>({
    key: sectionMoveKey,
    state: {
      init: () => null,
      apply(tr, value) {
        const meta = tr.getMeta(sectionMoveKey) as Omit<SectionMove, 'serial'> | undefined;
        return meta ? { ...meta, serial: (value?.serial ?? 0) + 1 } : value;
      },
    },
  });
}
