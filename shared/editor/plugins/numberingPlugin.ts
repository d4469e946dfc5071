import type { Node } from 'prosemirror-model';
import { Plugin, type EditorState } from 'prosemirror-state';
import type { BlockType } from '../../document/blockTypes.ts';
import { DEFAULT_SCHEME, displayPrefix, numberBlocks, type NumberingScheme } from '../../numbering/index.ts';
import { numberingKey } from '../keys.ts';
import { structureOf } from './sameStructure.ts';
import { typingOnly } from './typingOnly.ts';

/**
 * The numbering of the document in the editor: the scheme in force, the label of every
 * top-level block (null when unnumbered, aligned with `doc.child(i)`), and the display prefix of
 * each numbered block by block id. `labels` and `prefixes` keep their identity while they do not
 * change, so panels can compare them cheaply.
 */
export interface NumberingState {
  scheme: NumberingScheme;
  labels: (string | null)[];
  prefixes: ReadonlyMap<string, string>;
}

/** Block types that can carry a number; the editor draws each through a node view that shows it. */
export const NUMBERED_TYPES: readonly BlockType[] = ['part', 'section', 'heading', 'ordinal', 'target', 'footnote'];

type Block = { type: BlockType; level: number | null; id: string | null };

/** The state for labels already known, keeping the identity of what did not change since `previous`. */
function stateOf(blocks: readonly Block[], labels: (string | null)[], scheme: NumberingScheme, previous?: NumberingState): NumberingState {
  const prefixes = new Map<string, string>();
  blocks.forEach((block, i) => {
    const label = labels[i];
    if (label !== null && block.id && !prefixes.has(block.id)) prefixes.set(block.id, displayPrefix(block.type, label));
  });
  if (!previous) return { scheme, labels, prefixes };
  return {
    scheme,
    labels: sameList(labels, previous.labels) ? previous.labels : labels,
    prefixes: sameMap(prefixes, previous.prefixes) ? previous.prefixes : prefixes,
  };
}

function compute(doc: Node, scheme: NumberingScheme, previous?: NumberingState): NumberingState {
  const blocks = structureOf(doc) as Block[];
  return stateOf(blocks, numberBlocks(blocks, scheme), scheme, previous);
}

/**
 * The numbering derived from the document's structure and scheme, recomputed only when blocks
 * are added, removed, moved or retyped, or the scheme changes. Set the scheme with
 * `tr.setMeta(numberingKey, scheme)` (from the Y.Doc settings). It draws nothing: the editor's
 * number views (renderer/editor/numbering) show `prefixes`.
 */
export function numberingPlugin(initial: NumberingScheme = DEFAULT_SCHEME): Plugin<NumberingState> {
  return new Plugin<NumberingState>({
    key: numberingKey,
    state: {
      init: (_config, state) => compute(state.doc, initial),
      apply(tr, value) {
        const scheme = tr.getMeta(numberingKey) as NumberingScheme | undefined;
        if (scheme && scheme !== value.scheme) return compute(tr.doc, scheme, value);
        // Typing inside one block (every keystroke) cannot change a number or a block id.
        if (!tr.docChanged || typingOnly(tr)) return value;
        return compute(tr.doc, value.scheme, value);
      },
    },
  });
}

/**
 * The numbering of a document nobody edits (a draft, a checkpoint, the changes since a draft):
 * its labels are given by block id, as the server computed them with the version's own scheme,
 * so blocks shown but not in that version (deleted text in the changes view) get no number.
 */
export function givenNumberingPlugin(numbers: ReadonlyMap<string, string>): Plugin<NumberingState> {
  const fromDoc = (doc: Node, previous?: NumberingState) => {
    const blocks = structureOf(doc) as Block[];
    const labels = blocks.map((block) => (block.id === null ? null : (numbers.get(block.id) ?? null)));
    return stateOf(blocks, labels, DEFAULT_SCHEME, previous);
  };
  return new Plugin<NumberingState>({
    key: numberingKey,
    state: {
      init: (_config, state) => fromDoc(state.doc),
      apply: (tr, value) => (tr.docChanged ? fromDoc(tr.doc, value) : value),
    },
  });
}

function sameList(a: readonly (string | null)[], b: readonly (string | null)[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function sameMap(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, value] of a) if (b.get(key) !== value) return false;
  return true;
}

/** The labels of the top-level blocks of `state`'s document (empty before the plugin runs). */
export function labelsOf(state: EditorState): (string | null)[] {
  return numberingKey.getState(state)?.labels ?? [];
}

/** The display prefix of each numbered block, in document order (what the reader sees). */
export function prefixesOf(state: EditorState): string[] {
  const prefixes = numberingKey.getState(state)?.prefixes;
  const out: string[] = [];
  state.doc.forEach((node) => {
    const prefix = prefixes?.get(node.attrs.id as string);
    if (prefix !== undefined) out.push(prefix);
  });
  return out;
}
