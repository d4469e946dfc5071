import type { Node } from 'prosemirror-model';
import { Plugin } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { numberLabel } from '../../shared/numbering/numberLabel.ts';

/**
 * Shows each top-level block's number ("II.", "1.1.", "(7)") before its text, from a map of
 * block id → number computed by the server. Numbers are never text, so a read-only view of a
 * draft draws them as widgets.
 */
export function numberDecorations(numbers: ReadonlyMap<string, string>): Plugin {
  const build = (doc: Node) => {
    const decorations: Decoration[] = [];
    doc.forEach((node, offset) => {
      const number = node.isTextblock ? numbers.get(node.attrs.id as string) : undefined;
      if (!number) return;
      decorations.push(
        Decoration.widget(offset + 1, () => {
          const span = document.createElement('span');
          span.className = 'block-number';
          span.textContent = `${numberLabel(node.type.name, number)} `;
          return span;
        }, { side: -1, key: `n-${number}` }),
      );
    });
    return DecorationSet.create(doc, decorations);
  };
  const plugin: Plugin<DecorationSet> = new Plugin<DecorationSet>({
    state: { init: (_, state) => build(state.doc), apply: (tr, set) => (tr.docChanged ? build(tr.doc) : set.map(tr.mapping, tr.doc)) },
    props: { decorations: (state) => plugin.getState(state) },
  });
  return plugin;
}
