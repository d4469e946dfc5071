import type { Node } from 'prosemirror-model';
import { Plugin, type Transaction } from 'prosemirror-state';
import type { ReplaceStep } from 'prosemirror-transform';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { runInKey } from '../../../shared/editor/keys.ts';
import { typingOnly } from '../../../shared/editor/plugins/typingOnly.ts';
import { runInBodyStart } from '../../../shared/export/runInHeading.ts';

const BODY = { class: 'run-in-body' };

/**
 * Run-in headings drawn as export prints them: "1. Công tác chuẩn bị Đại hội: Được triển khai…"
 * stays a heading (numbered, in the outline), but only its number and lead-in (up to the colon,
 * `runInBodyStart`, the rule export and the tracked .docx print by) keep the heading's emphasis; its body is drawn as body text (the `run-in-body`
 * inline decoration). A keystroke re-reads only the block typed in; other edits read every
 * heading again, each node's answer cached, so unchanged headings cost a lookup.
 */
export function runInPlugin(): Plugin<DecorationSet> {
  const cache = new WeakMap<Node, number | null>();
  const bodyStart = (node: Node) => {
    let found = cache.get(node);
    if (found === undefined) cache.set(node, (found = offsetOfChar(node, runInBodyStart(node.type.name, node.textContent))));
    return found;
  };
  const decorationsOf = (node: Node, pos: number): Decoration[] => {
    const start = bodyStart(node);
    return start === null ? [] : [Decoration.inline(pos + 1 + start, pos + node.nodeSize - 1, BODY)];
  };
  const plugin: Plugin<DecorationSet> = new Plugin<DecorationSet>({
    key: runInKey,
    state: {
      init: (_, state) => DecorationSet.create(state.doc, allDecorations(state.doc, decorationsOf)),
      apply(tr, set) {
        if (!tr.docChanged) return set;
        if (!typingOnly(tr)) return DecorationSet.create(tr.doc, allDecorations(tr.doc, decorationsOf));
        // Typing changes text inside top-level blocks only: redraw those.
        let next = set.map(tr.mapping, tr.doc);
        for (const from of typedBlocks(tr)) {
          const block = tr.doc.nodeAt(from)!;
          next = next.remove(next.find(from, from + block.nodeSize)).add(tr.doc, decorationsOf(block, from));
        }
        return next;
      },
    },
    props: { decorations: (state) => plugin.getState(state) },
  });
  return plugin;
}

/** Where each top-level block a typing-only transaction changed starts, in its new document. */
function typedBlocks(tr: Transaction): Set<number> {
  const starts = new Set<number>();
  tr.steps.forEach((step, i) => {
    const pos = tr.mapping.slice(i).map((step as ReplaceStep & { from: number }).from);
    starts.add(tr.doc.resolve(pos).before(1));
  });
  return starts;
}

function allDecorations(doc: Node, decorationsOf: (node: Node, pos: number) => Decoration[]): Decoration[] {
  const out: Decoration[] = [];
  doc.forEach((node, pos) => out.push(...decorationsOf(node, pos)));
  return out;
}

/** The content offset of the character `chars` of `block`'s text (inline leaves such as line breaks have no text); null for null. */
function offsetOfChar(block: Node, chars: number | null): number | null {
  if (chars === null) return null;
  let seen = 0;
  let found: number | null = null;
  block.forEach((child, offset) => {
    if (found !== null || !child.isText) return;
    if (seen + child.text!.length >= chars) found = offset + (chars - seen);
    seen += child.text!.length;
  });
  return found;
}
