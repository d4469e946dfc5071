/**
 * Turns recognised blocks into ProseMirror JSON valid for `schema` (shared/editor/schema.ts).
 * Every node that carries an id gets a deterministic one, "b1", "b2" … in document order, so an
 * import is a pure function of its input (the draft service re-keys ids against draft N-1).
 * Deterministic ids are also what lets footnote_ref marks name their footnote block.
 */
import type { DocumentHeader } from '../document/header.ts';
import type { ImportBlock, MarkJson, Run, TableBlock } from './model.ts';

export interface NodeJson {
  type: string;
  attrs?: Record<string, unknown>;
  content?: NodeJson[];
  text?: string;
  marks?: MarkJson[];
}

export interface DocJson {
  type: 'doc';
  content: NodeJson[];
}

export interface BuiltDoc {
  doc: DocJson;
  /** Per top-level node of `doc`, the numbering label removed from its source text, or null. */
  labels: (string | null)[];
  /** Per top-level node, the number the source printed for it: its removed label or Word's automatic number; null for none. */
  sourceNumbers: (string | null)[];
}

const sameMarks = (a: readonly MarkJson[], b: readonly MarkJson[]) =>
  a.length === b.length && a.every((m, i) => m.type === b[i].type && JSON.stringify(m.attrs) === JSON.stringify(b[i].attrs));

/** Inline JSON for runs: adjacent runs with equal marks merged, "\n" as hard_break, NFC. */
function inline(runs: readonly Run[], noteIds: ReadonlyMap<string, string>): NodeJson[] {
  const out: NodeJson[] = [];
  let pending: { text: string; marks: readonly MarkJson[] } | null = null;
  const flush = () => {
    if (pending && pending.text) {
      const node: NodeJson = { type: 'text', text: pending.text.normalize('NFC') };
      if (pending.marks.length) node.marks = pending.marks.map((m) => resolveMark(m, noteIds));
      out.push(node);
    }
    pending = null;
  };
  for (const run of runs) {
    const parts = run.text.split('\n');
    parts.forEach((part, i) => {
      if (i > 0) {
        flush();
        out.push({ type: 'hard_break' });
      }
      if (!part) return;
      if (pending && sameMarks(pending.marks, run.marks)) pending.text += part;
      else {
        flush();
        pending = { text: part, marks: run.marks };
      }
    });
  }
  flush();
  return out;
}

function resolveMark(mark: MarkJson, noteIds: ReadonlyMap<string, string>): MarkJson {
  if (mark.type !== 'footnote_ref') return { type: mark.type };
  const key = String(mark.attrs?.note ?? '');
  return { type: 'footnote_ref', attrs: { note: noteIds.get(key) ?? null } };
}

/** Builds the document; `nextId` hands out ids in order. */
export function buildDoc(header: DocumentHeader | null, blocks: readonly ImportBlock[]): BuiltDoc {
  let counter = 0;
  const nextId = () => `b${++counter}`;
  const content: NodeJson[] = [];
  const labels: (string | null)[] = [];
  const sourceNumbers: (string | null)[] = [];
  if (header) {
    content.push({ type: 'header', attrs: { id: nextId(), ...header } });
    labels.push(null);
    sourceNumbers.push(null);
  }
  // Ids of top-level blocks are assigned first, so footnote refs can be resolved while building.
  const ids = blocks.map(() => nextId());
  const noteIds = new Map<string, string>();
  blocks.forEach((b, i) => {
    if (b.kind === 'text' && b.footnoteKey) noteIds.set(b.footnoteKey, ids[i]);
  });
  blocks.forEach((block, i) => {
    labels.push(block.kind === 'text' ? block.label : null);
    sourceNumbers.push(block.kind === 'text' ? (block.label ?? block.shown ?? null) : null);
    if (block.kind === 'table') {
      content.push(tableJson(block, ids[i], nextId, noteIds));
      return;
    }
    const attrs: Record<string, unknown> = { id: ids[i] };
    if (block.type === 'heading') attrs.level = block.level ?? 1;
    const node: NodeJson = { type: block.type, attrs };
    const children = inline(block.runs, noteIds);
    if (children.length) node.content = children;
    content.push(node);
  });
  if (content.length === 0 || (content.length === 1 && header)) {
    content.push({ type: 'paragraph', attrs: { id: nextId() } });
    labels.push(null);
    sourceNumbers.push(null);
  }
  return { doc: { type: 'doc', content }, labels, sourceNumbers };
}

function tableJson(table: TableBlock, id: string, nextId: () => string, noteIds: ReadonlyMap<string, string>): NodeJson {
  return {
    type: 'table',
    attrs: { id },
    content: table.rows.map((row) => ({
      type: 'table_row',
      content: row.map((cell) => ({
        type: 'table_cell',
        attrs: { colspan: cell.colspan, rowspan: cell.rowspan, colwidth: null },
        content: (cell.paragraphs.length ? cell.paragraphs : [[]]).map((runs) => {
          const p: NodeJson = { type: 'paragraph', attrs: { id: nextId() } };
          const children = inline(runs, noteIds);
          if (children.length) p.content = children;
          return p;
        }),
      })),
    })),
  };
}
