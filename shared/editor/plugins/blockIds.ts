import { Fragment, Slice, type Node } from 'prosemirror-model';
import { Plugin, type Transaction } from 'prosemirror-state';
import { duplicateBlockId, newBlockId } from '../../document/ids.ts';
import { blockIdsKey } from '../keys.ts';
import { ID_NODE_TYPES } from '../schema.ts';
import { typingOnly } from './typingOnly.ts';

/**
 * Keeps block ids present and unique: after every change, a block with no id gets a random one
 * and every later copy of an id gets an id derived from it (duplicateBlockId), so the first
 * block in document order keeps its id. Splitting a paragraph copies its attrs to both halves,
 * so the left half keeps the id. Pasted content gets fresh ids before it lands.
 */

export interface BlockIdFix {
  pos: number;
  id: string;
}

/** Every id-bearing node's id, in document order, skipping text blocks' inline content. */
function collectIds(doc: Node): Set<string> {
  const ids = new Set<string>();
  doc.descendants((node) => {
    if (ID_NODE_TYPES.has(node.type.name) && node.attrs.id) ids.add(node.attrs.id);
    return !node.isTextblock;
  });
  return ids;
}

/**
 * The id changes that make `doc`'s ids present and unique. Deterministic for duplicates: two
 * clients holding the same document compute the same fixes.
 */
export function blockIdFixes(doc: Node): BlockIdFix[] {
  const taken = collectIds(doc);
  const seen = new Map<string, number>();
  const fixes: BlockIdFix[] = [];
  const claim = (make: (attempt: number) => string) => {
    let attempt = 0;
    let id = make(attempt);
    while (taken.has(id)) id = make(++attempt);
    taken.add(id);
    return id;
  };
  doc.descendants((node, pos) => {
    if (ID_NODE_TYPES.has(node.type.name)) {
      const id: string | null = node.attrs.id;
      const occurrence = id ? (seen.get(id) ?? 0) : 0;
      if (id) seen.set(id, occurrence + 1);
      if (!id) fixes.push({ pos, id: claim(() => newBlockId()) });
      else if (occurrence > 0) fixes.push({ pos, id: claim((attempt) => duplicateBlockId(id, occurrence, attempt)) });
    }
    return !node.isTextblock;
  });
  return fixes;
}

/** Applies `blockIdFixes(tr.doc)` to `tr`; returns whether it changed anything. */
export function fixBlockIds(tr: Transaction): boolean {
  const fixes = blockIdFixes(tr.doc);
  for (const { pos, id } of fixes) tr.setNodeAttribute(pos, 'id', id);
  return fixes.length > 0;
}

function freshFragment(fragment: Fragment): Fragment {
  const nodes: Node[] = [];
  fragment.forEach((node) => {
    if (node.isText) return nodes.push(node);
    const content = node.isTextblock ? node.content : freshFragment(node.content);
    const attrs = ID_NODE_TYPES.has(node.type.name) ? { ...node.attrs, id: newBlockId() } : node.attrs;
    nodes.push(node.type.create(attrs, content, node.marks));
  });
  return Fragment.fromArray(nodes);
}

/**
 * The slice with a new random id on every id-bearing node (paste, duplicate). An open first
 * node merges into the block pasted into, which keeps its own id.
 */
export function freshIdsForSlice(slice: Slice): Slice {
  return new Slice(freshFragment(slice.content), slice.openStart, slice.openEnd);
}

/** The plugin: fixes ids after every document change and gives pasted content fresh ids. */
export function blockIdsPlugin(): Plugin {
  return new Plugin({
    key: blockIdsKey,
    appendTransaction(transactions, _oldState, newState) {
      if (!transactions.some((tr) => tr.docChanged)) return null;
      // Typing inside a block cannot create, copy or clear an id: skip the whole-document scan.
      if (transactions.every((tr) => !tr.docChanged || typingOnly(tr))) return null;
      const tr = newState.tr;
      if (!fixBlockIds(tr)) return null;
      return tr.setMeta(blockIdsKey, 'fix');
    },
    props: {
      transformPasted: (slice) => freshIdsForSlice(slice),
    },
  });
}
