import type { Node } from 'prosemirror-model';
import { updateYFragment } from 'y-prosemirror';
import * as Y from 'yjs';
import { ADD, DROP, diffIds } from '../compare/myers.ts';
import { CONTENT_FRAGMENT } from '../document/contentFragment.ts';

/**
 * Makes a Y.Doc's ProseMirror content equal to `doc` with as few changes as it can: top-level
 * blocks are paired by id (shortest edit script over the id sequences), a paired block is updated
 * in place (so its Yjs identity, and every anchor into it, survives), unpaired blocks are deleted
 * or inserted. Call inside a transaction that carries the caller's origin.
 */
export function replaceContent(ydoc: Y.Doc, doc: Node): void {
  const fragment = ydoc.getXmlFragment(CONTENT_FRAGMENT);
  const current = fragment.toArray();
  const target: Node[] = [];
  doc.forEach((child) => target.push(child));
  const interned = new Map<string, number>();
  const intern = (key: string) => interned.get(key) ?? interned.set(key, interned.size).get(key)!;
  // Blocks without an id (or not elements) never pair: a unique key each.
  const keyOf = (id: unknown, i: number, side: string) => intern(typeof id === 'string' && id ? `${id}` : `\u0000${side}${i}`);
  const left = current.map((y, i) => keyOf(y instanceof Y.XmlElement ? y.getAttribute('id') : null, i, 'y'));
  const right = target.map((node, i) => keyOf(node.attrs.id, i, 'p'));
  const script = diffIds(left, right);
  const meta = { mapping: new Map(), isOMark: new Map() };
  let pos = 0;
  let j = 0;
  for (const step of script) {
    if (step === DROP) {
      fragment.delete(pos, 1);
    } else if (step === ADD) {
      insertBlock(ydoc, fragment, pos++, target[j++], meta);
    } else {
      const y = fragment.get(pos) as Y.XmlElement;
      const node = target[j++];
      if (y.nodeName === node.type.name) updateYFragment(ydoc, y, node, meta);
      else {
        fragment.delete(pos, 1);
        insertBlock(ydoc, fragment, pos, node, meta);
      }
      pos++;
    }
  }
}

type Meta = Parameters<typeof updateYFragment>[3];

function insertBlock(ydoc: Y.Doc, fragment: Y.XmlFragment, pos: number, node: Node, meta: Meta): void {
  const element = new Y.XmlElement(node.type.name);
  fragment.insert(pos, [element]);
  // Filling an empty element builds the block's attributes and content.
  updateYFragment(ydoc, element, node, meta);
}
