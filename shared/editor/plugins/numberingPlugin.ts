import { DOMSerializer, type Node } from 'prosemirror-model';
import { Plugin, type EditorState } from 'prosemirror-state';
import type { EditorView, NodeView } from 'prosemirror-view';
import type { BlockType } from '../../document/blockTypes.ts';
import { typingOnly } from './typingOnly.ts';
import { DEFAULT_SCHEME, displayPrefix, numberBlocks, type NumberingScheme } from '../../numbering/index.ts';
import { numberingKey } from '../keys.ts';
import { structureOf } from './sameStructure.ts';

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

/** Block types that can carry a number; each gets a node view that shows it. */
const NUMBERED_TYPES: readonly BlockType[] = ['part', 'section', 'heading', 'ordinal', 'target', 'footnote'];
const ATTRIBUTE = 'data-number';

function compute(doc: Node, scheme: NumberingScheme, previous?: NumberingState): NumberingState {
  const blocks = structureOf(doc) as { type: BlockType; level: number | null; id: string | null }[];
  const labels = numberBlocks(blocks, scheme);
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

/**
 * Numbers are shown through CSS (`data-number` + ::before), so they are never text: they cannot
 * be selected, typed over or copied. They are written as attributes by the node views of the
 * numbered block types, not as node decorations: prosemirror-view scans every top-level node
 * decoration for every top-level block on each update (`DecorationSet.forChild`), which made a
 * keystroke in a 1,200-block report cost a millisecond more.
 * Set the scheme with `tr.setMeta(numberingKey, scheme)` (from the Y.Doc settings).
 */
export function numberingPlugin(initial: NumberingScheme = DEFAULT_SCHEME): Plugin<NumberingState> {
  const live = new Map<HTMLElement, string | null>(); // the DOM of every numbered block view → its block id
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
    props: {
      nodeViews: Object.fromEntries(NUMBERED_TYPES.map((type) => [type, (node: Node, view: EditorView) => numberedView(node, view, live)])),
    },
    view: () => ({
      update(view, previous) {
        const prefixes = numberingKey.getState(view.state)?.prefixes;
        if (prefixes && prefixes !== numberingKey.getState(previous)?.prefixes) for (const [dom, id] of live) showPrefix(dom, id, prefixes);
      },
    }),
  });
}

/** A numbered block rendered as its schema's toDOM says, with its number as an attribute. */
function numberedView(node: Node, view: EditorView, live: Map<HTMLElement, string | null>): NodeView {
  const rendered = DOMSerializer.renderSpec(document, node.type.spec.toDOM!(node));
  const dom = rendered.dom as HTMLElement;
  const id = (node.attrs.id as string | null) ?? null;
  live.set(dom, id);
  const prefixes = numberingKey.getState(view.state)?.prefixes;
  if (prefixes) showPrefix(dom, id, prefixes);
  return {
    dom,
    contentDOM: rendered.contentDOM,
    // Our own attribute writes are not edits of the document.
    ignoreMutation: (mutation) => mutation.type === 'attributes' && mutation.attributeName === ATTRIBUTE,
    destroy: () => live.delete(dom),
  };
}

function showPrefix(dom: HTMLElement, id: string | null, prefixes: ReadonlyMap<string, string>): void {
  const prefix = id === null ? undefined : prefixes.get(id);
  if (prefix === undefined) {
    if (dom.hasAttribute(ATTRIBUTE)) dom.removeAttribute(ATTRIBUTE);
  } else if (dom.getAttribute(ATTRIBUTE) !== prefix) dom.setAttribute(ATTRIBUTE, prefix);
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
