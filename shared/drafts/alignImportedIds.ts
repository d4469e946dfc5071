import { Node } from 'prosemirror-model';
import { compareBlocks } from '../compare/compareBlocks.ts';
import type { Change } from '../compare/types.ts';
import type { NumberedBlock } from '../document/flatBlock.ts';
import { newBlockId } from '../document/ids.ts';
import { ID_NODE_TYPES, schema } from '../editor/schema.ts';
import type { DocJson, NodeJson } from '../import/index.ts';
import { numberedBlocksOf } from './numberedBlocksOf.ts';

/** Ops whose right block continues a left block, so it keeps that block's id. */
const CONTINUES = new Set<Change['op']>(['equal', 'modified', 'moved', 'split', 'merged']);

/**
 * Gives an imported document the block ids of the draft it follows: each top-level block the
 * comparison engine pairs with a previous block (equal, modified, moved, the first part of a
 * split, the block two merged into) takes that block's id; every other id-bearing node gets a
 * fresh id. Ids end up unique, and footnote references follow their footnote's new id.
 */
export function alignImportedIds(imported: DocJson, previous: readonly NumberedBlock[]): DocJson {
  const right = numberedBlocksOf(Node.fromJSON(schema, imported)).map((block, i) => ({
    ...block,
    // Import ids ("b1", "b2"…) mean nothing; ids no previous block can have keep the engine off them.
    id: `\u0000import-${i}`,
  }));
  const inherited = new Map<number, string>();
  for (const change of compareBlocks(previous, right, { tokens: false }).changes) {
    if (change.left && change.right && CONTINUES.has(change.op)) inherited.set(change.right.index, change.left.id);
  }
  const reserved = new Set(inherited.values());
  const taken = new Set<string>();
  const renamed = new Map<string, string>();
  const fresh = () => {
    let id = newBlockId();
    while (taken.has(id) || reserved.has(id)) id = newBlockId();
    return id;
  };
  const claim = (oldId: unknown, wanted: string | undefined): string => {
    const id = wanted && !taken.has(wanted) ? wanted : fresh();
    taken.add(id);
    if (typeof oldId === 'string') renamed.set(oldId, id);
    return id;
  };
  const content = imported.content.map((node, i) => rekey(node, (oldId, top) => claim(oldId, top ? inherited.get(i) : undefined), true));
  return { type: 'doc', content: content.map((node) => renameNoteRefs(node, renamed)) };
}

/** A copy of `node` with every id-bearing node's id replaced by `idFor(old id, is top level)`. */
function rekey(node: NodeJson, idFor: (oldId: unknown, top: boolean) => string, top = false): NodeJson {
  const copy: NodeJson = { ...node };
  if (ID_NODE_TYPES.has(node.type)) copy.attrs = { ...node.attrs, id: idFor(node.attrs?.id, top) };
  if (node.content) copy.content = node.content.map((child) => rekey(child, idFor));
  return copy;
}

/** footnote_ref marks name their footnote block by id; they follow the renaming. */
function renameNoteRefs(node: NodeJson, renamed: ReadonlyMap<string, string>): NodeJson {
  const copy: NodeJson = { ...node };
  if (node.marks) {
    copy.marks = node.marks.map((mark) => {
      const note = mark.type === 'footnote_ref' ? mark.attrs?.note : undefined;
      return typeof note === 'string' && renamed.has(note) ? { ...mark, attrs: { ...mark.attrs, note: renamed.get(note) } } : mark;
    });
  }
  if (node.content) copy.content = node.content.map((child) => renameNoteRefs(child, renamed));
  return copy;
}
