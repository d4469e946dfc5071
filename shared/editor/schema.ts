import { Schema, type NodeSpec, type MarkSpec, type Attrs } from 'prosemirror-model';
import { EMPTY_HEADER, HEADER_FIELDS } from '../document/header.ts';

/**
 * The ProseMirror schema of a congress document. Every top-level block (and every paragraph in
 * a table cell) carries `id`: stable across edits and drafts, unique in the document. Ids are
 * assigned and de-duplicated by the blockIds plugin, never by hand; `null` means "not yet".
 * Numbers ("I.", "1.1.", "(7)", "Một là,") are never text: they are derived from structure.
 */

const idAttr = { id: { default: null as string | null } };

/** What parse rules read of a DOM element; shared/ has no DOM types. */
interface ElementLike {
  getAttribute(name: string): string | null;
}

function attr(dom: unknown, name: string): string | null {
  return (dom as ElementLike).getAttribute(name);
}

function idFromDom(dom: unknown): Attrs {
  return { id: attr(dom, 'data-id') };
}

/** A text block of the given type, rendered as <tag data-type=…>. */
function textBlock(type: string, tag: string, extraAttrs: Record<string, { default: unknown }> = {}): NodeSpec {
  return {
    group: 'block',
    content: 'inline*',
    attrs: { ...idAttr, ...extraAttrs },
    defining: true,
    parseDOM: [{ tag: `${tag}[data-type="${type}"]`, getAttrs: (dom) => idFromDom(dom) }],
    toDOM: (node) => [tag, { 'data-type': type, 'data-id': node.attrs.id }, 0],
  };
}

const headerAttrs = Object.fromEntries(HEADER_FIELDS.map((field) => [field, { default: EMPTY_HEADER[field] }]));

const nodes: Record<string, NodeSpec> = {
  doc: { content: 'header? block+' },
  // First of the block group: ProseMirror fills new and empty documents with a paragraph.
  paragraph: {
    ...textBlock('paragraph', 'p'),
    parseDOM: [{ tag: 'p', getAttrs: (dom) => idFromDom(dom) }],
  },
  header: {
    attrs: { ...idAttr, ...headerAttrs },
    atom: true,
    selectable: true,
    draggable: false,
    parseDOM: [
      {
        tag: 'header[data-type="header"]',
        getAttrs: (dom) => ({ ...idFromDom(dom), ...JSON.parse(attr(dom, 'data-fields') ?? '{}') }),
      },
    ],
    toDOM: (node) => {
      const { id, ...fields } = node.attrs;
      return ['header', { 'data-type': 'header', 'data-id': id, 'data-fields': JSON.stringify(fields) }];
    },
  },
  part: textBlock('part', 'h1'),
  section: textBlock('section', 'h2'),
  heading: {
    ...textBlock('heading', 'h3', { level: { default: 1 } }),
    parseDOM: [
      {
        tag: 'h3[data-type="heading"]',
        getAttrs: (dom) => ({ ...idFromDom(dom), level: Number(attr(dom, 'data-level') ?? 1) }),
      },
    ],
    toDOM: (node) => ['h3', { 'data-type': 'heading', 'data-id': node.attrs.id, 'data-level': String(node.attrs.level) }, 0],
  },
  ordinal: textBlock('ordinal', 'p'),
  target: textBlock('target', 'p'),
  bullet: textBlock('bullet', 'p'),
  footnote: textBlock('footnote', 'aside'),
  recipients: textBlock('recipients', 'div'),
  signature: textBlock('signature', 'div'),
  table: {
    group: 'block',
    content: 'table_row+',
    attrs: idAttr,
    tableRole: 'table',
    isolating: true,
    parseDOM: [{ tag: 'table', getAttrs: (dom) => idFromDom(dom) }],
    toDOM: (node) => ['table', { 'data-id': node.attrs.id }, ['tbody', 0]],
  },
  table_row: {
    content: 'table_cell+',
    tableRole: 'row',
    parseDOM: [{ tag: 'tr' }],
    toDOM: () => ['tr', 0],
  },
  table_cell: {
    content: 'paragraph+',
    attrs: { colspan: { default: 1 }, rowspan: { default: 1 }, colwidth: { default: null } },
    tableRole: 'cell',
    isolating: true,
    parseDOM: [
      {
        tag: 'td',
        getAttrs: (dom) => ({
          colspan: Number(attr(dom, 'colspan') ?? 1),
          rowspan: Number(attr(dom, 'rowspan') ?? 1),
        }),
      },
      { tag: 'th' },
    ],
    toDOM: (node) => ['td', { colspan: node.attrs.colspan, rowspan: node.attrs.rowspan }, 0],
  },
  text: { group: 'inline' },
  hard_break: {
    inline: true,
    group: 'inline',
    selectable: false,
    parseDOM: [{ tag: 'br' }],
    toDOM: () => ['br'],
  },
};

const marks: Record<string, MarkSpec> = {
  strong: {
    parseDOM: [{ tag: 'strong' }, { tag: 'b' }, { style: 'font-weight=bold' }],
    toDOM: () => ['strong', 0],
  },
  em: {
    parseDOM: [{ tag: 'em' }, { tag: 'i' }, { style: 'font-style=italic' }],
    toDOM: () => ['em', 0],
  },
  underline: {
    parseDOM: [{ tag: 'u' }, { style: 'text-decoration=underline' }],
    toDOM: () => ['u', 0],
  },
  /** A reference to the footnote block whose id is `note`; its number is derived by order. */
  footnote_ref: {
    attrs: { note: { default: null as string | null } },
    inclusive: false,
    parseDOM: [{ tag: 'sup[data-note]', getAttrs: (dom) => ({ note: attr(dom, 'data-note') }) }],
    toDOM: (mark) => ['sup', { 'data-note': mark.attrs.note }, 0],
  },
};

export const schema = new Schema({ nodes, marks });

/** Node types that carry a block id. */
export const ID_NODE_TYPES: ReadonlySet<string> = new Set(
  Object.entries(nodes)
    .filter(([, spec]) => spec.attrs && 'id' in spec.attrs)
    .map(([name]) => name),
);
