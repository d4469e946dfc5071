import type { Node } from 'prosemirror-model';
import { EditorState, TextSelection } from 'prosemirror-state';
import { blockIdsPlugin } from '../../../shared/editor/plugins/blockIds.ts';
import { ID_NODE_TYPES, schema } from '../../../shared/editor/schema.ts';

/** Builders from the real schema: p('id', 'text'), sec('id', 'text'), h(2, 'id', 'text'). */
export const p = (id: string | null, text = '') => schema.nodes.paragraph.create({ id }, text ? schema.text(text) : null);
export const sec = (id: string | null, text = '') => schema.nodes.section.create({ id }, text ? schema.text(text) : null);
export const tgt = (id: string | null, text = '') => schema.nodes.target.create({ id }, text ? schema.text(text) : null);
export const h = (level: number, id: string | null, text = '') =>
  schema.nodes.heading.create({ id, level }, text ? schema.text(text) : null);
export const doc = (...blocks: Node[]) => schema.nodes.doc.create(null, blocks);
export const table = (id: string | null, cells: (string | null)[]) =>
  schema.nodes.table.create({ id }, [
    schema.nodes.table_row.create(null, cells.map((cellId) => schema.nodes.table_cell.create(null, p(cellId, 'ô')))),
  ]);

/** A state with the blockIds plugin, the cursor at `cursor` (default: start of the first block). */
export function stateOf(d: Node, cursor = 1): EditorState {
  const state = EditorState.create({ doc: d, schema, plugins: [blockIdsPlugin()] });
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, cursor)));
}

/** Every id of id-bearing nodes in document order (null included). */
export function idsOf(d: Node): (string | null)[] {
  const ids: (string | null)[] = [];
  d.descendants((node) => {
    if (ID_NODE_TYPES.has(node.type.name)) ids.push(node.attrs.id);
    return !node.isTextblock;
  });
  return ids;
}

/** Runs a command and returns the resulting state (appended transactions applied). */
export function run(state: EditorState, command: (s: EditorState, d?: (tr: import('prosemirror-state').Transaction) => void) => boolean): EditorState {
  let next = state;
  const ok = command(state, (tr) => {
    next = state.applyTransaction(tr).state;
  });
  if (!ok) throw new Error('command not applicable');
  return next;
}

export const unique = (ids: (string | null)[]) => ids.every((id) => id) && new Set(ids).size === ids.length;
