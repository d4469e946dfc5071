import { DOMSerializer, type Node } from 'prosemirror-model';
import { Plugin } from 'prosemirror-state';
import type { EditorView, NodeView } from 'prosemirror-view';
import { numberingKey } from '../../../shared/editor/keys.ts';
import { NUMBERED_TYPES } from '../../../shared/editor/plugins/numberingPlugin.ts';

const ATTRIBUTE = 'data-number';

/**
 * Draws the numbers of the numbering state (numberingPlugin in the editor, givenNumberingPlugin
 * in read-only views) through CSS (`data-number` + ::before), so they are never text: they
 * cannot be selected, typed over or copied. They are written as attributes by the node views of
 * the numbered block types, not as node decorations: prosemirror-view scans every top-level node
 * decoration for every top-level block on each update (`DecorationSet.forChild`), which made a
 * keystroke in a 1,200-block report cost a millisecond more.
 */
export function numberViewsPlugin(): Plugin {
  const live = new Map<HTMLElement, string | null>(); // the DOM of every numbered block view → its block id
  return new Plugin({
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
