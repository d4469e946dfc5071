import { type DOMOutputSpec, type Node, type NodeSpec, Schema } from 'prosemirror-model';
import { schema } from '../../shared/editor/schema.ts';

/** Who made a change and how, as y-prosemirror's snapshot rendering sets it. */
export interface YChange {
  user: string | null;
  type: 'added' | 'removed';
  color: { light: string; dark: string } | null;
}

function withYChange(spec: NodeSpec): NodeSpec {
  if (!spec.toDOM) return spec;
  const toDOM = spec.toDOM;
  return {
    ...spec,
    attrs: { ...spec.attrs, ychange: { default: null } },
    toDOM(node: Node): DOMOutputSpec {
      const dom = toDOM(node);
      const change = node.attrs.ychange as YChange | null;
      if (!change || !Array.isArray(dom)) return dom;
      const [tag, attrs, ...rest] = dom as unknown as [string, Record<string, string>, ...unknown[]];
      return [tag, { ...attrs, class: `ychange-block ychange-${change.type}`, 'data-user': change.user ?? '' }, ...rest] as unknown as DOMOutputSpec;
    },
  };
}

/**
 * The document schema plus what y-prosemirror's renderSnapshot marks: a `ychange` mark on text
 * and a `ychange` attribute on blocks (added or removed, by whom). Without them rendering a
 * snapshot fails and y-prosemirror deletes the offending content — only ever use this schema
 * on a local copy of a document.
 */
export const attributionSchema = new Schema({
  nodes: mapNodes(),
  marks: schema.spec.marks.addToEnd('ychange', {
    attrs: { user: { default: null }, type: { default: null }, color: { default: null } },
    inclusive: false,
    toDOM(mark) {
      const change = mark.attrs as YChange;
      return ['span', { class: `ychange ychange-${change.type}`, 'data-user': change.user ?? '', style: change.color ? `--user-color:${change.color.dark}` : '' }, 0];
    },
  }),
});

function mapNodes() {
  let nodes = schema.spec.nodes;
  schema.spec.nodes.forEach((name, spec) => {
    if (name !== 'doc' && name !== 'text') nodes = nodes.update(name, withYChange(spec));
  });
  return nodes;
}
