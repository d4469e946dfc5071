import { Node } from 'prosemirror-model';
import type { ContentRepair } from './contentRepair.ts';
import { repairContent } from './repairContent.ts';
import { schema } from '../editor/schema.ts';

/**
 * A valid ProseMirror document from stored content, with the repairs it took (none when the
 * content was valid). Never throws: should repairContent itself ever produce something the schema
 * refuses (a bug), every top-level block falls back to a paragraph of its text.
 */
export function repairedDoc(raw: unknown): { doc: Node; repairs: ContentRepair[] } {
  const { doc, repairs } = repairContent(raw);
  try {
    const node = Node.fromJSON(schema, doc);
    node.check();
    return { doc: node, repairs };
  } catch {
    const blocks = (doc.content ?? []).map((block) => {
      const text = textOf(block);
      return schema.nodes.paragraph.create({ id: typeof block.attrs?.id === 'string' ? block.attrs.id : null }, text ? schema.text(text) : null);
    });
    return { doc: schema.nodes.doc.create(null, blocks.length > 0 ? blocks : schema.nodes.paragraph.create()), repairs: [...repairs, { kind: 'unreadable', path: [] }] };
  }
}

function textOf(node: { text?: string; content?: unknown[] }): string {
  let text = typeof node.text === 'string' ? node.text : '';
  for (const child of node.content ?? []) text += textOf(child as { text?: string; content?: unknown[] });
  return text;
}
