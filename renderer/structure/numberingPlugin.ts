import type { Node } from 'prosemirror-model';
import { Plugin } from 'prosemirror-state';
import { typingOnly } from '../../shared/document/typingOnly.ts';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { BlockType } from '../../shared/document/blockTypes.ts';
import { DEFAULT_SCHEME, displayPrefix, numberBlocks, type NumberingScheme } from '../../shared/numbering/index.ts';
import { numberingKey } from './keys.ts';
import { sameStructure, structureOf } from './sameStructure.ts';

/**
 * The numbering of the document in the editor: the scheme in force, the label of every
 * top-level block (null when unnumbered, aligned with `doc.child(i)`), and node decorations that
 * show each label's display prefix through CSS (`data-number` + ::before), so a number is never
 * text: it cannot be selected, typed over or copied as if it were.
 */
export interface NumberingState {
  scheme: NumberingScheme;
  labels: (string | null)[];
  decorations: DecorationSet;
}

function compute(doc: Node, scheme: NumberingScheme): NumberingState {
  const blocks = structureOf(doc) as { type: BlockType; level: number | null }[];
  const labels = numberBlocks(blocks, scheme);
  const decorations: Decoration[] = [];
  doc.forEach((node, pos, i) => {
    const label = labels[i];
    if (label === null) return;
    const prefix = displayPrefix(blocks[i].type, label);
    decorations.push(Decoration.node(pos, pos + node.nodeSize, { 'data-number': prefix, class: 'numbered' }));
  });
  return { scheme, labels, decorations: DecorationSet.create(doc, decorations) };
}

/** Sets the scheme: dispatch `tr.setMeta(numberingKey, scheme)` (from the Y.Doc settings). */
export function numberingPlugin(initial: NumberingScheme = DEFAULT_SCHEME): Plugin<NumberingState> {
  return new Plugin<NumberingState>({
    key: numberingKey,
    state: {
      init: (_config, state) => compute(state.doc, initial),
      apply(tr, value, oldState) {
        const scheme = tr.getMeta(numberingKey) as NumberingScheme | undefined;
        if (scheme && scheme !== value.scheme) return compute(tr.doc, scheme);
        if (!tr.docChanged) return value;
        // Typing inside one block (the common case, on every keystroke): labels stay, and the
        // mapped decorations are known to be complete, so skip the structural checks.
        if (typingOnly(tr)) return { ...value, decorations: value.decorations.map(tr.mapping, tr.doc) };
        if (!sameStructure(oldState.doc, tr.doc)) return compute(tr.doc, value.scheme);
        // Mapping keeps the decorations unless a block was replaced whole (y-prosemirror does
        // that for remote changes), then they are rebuilt.
        const decorations = value.decorations.map(tr.mapping, tr.doc);
        const expected = value.labels.filter((l) => l !== null).length;
        if (decorations.find().length !== expected) return compute(tr.doc, value.scheme);
        return { ...value, decorations };
      },
    },
    props: {
      decorations: (state) => numberingKey.getState(state)?.decorations,
    },
  });
}

/** The labels of the top-level blocks of `state`'s document (empty before the plugin runs). */
export function labelsOf(state: import('prosemirror-state').EditorState): (string | null)[] {
  return numberingKey.getState(state)?.labels ?? [];
}
