import { Mark, type Node, type NodeType } from 'prosemirror-model';
import * as Y from 'yjs';
import { markAttrsProblem, nodeAttrsProblem } from './attrRules.ts';
import { schema } from '../editor/schema.ts';

/** What the schema does not allow in some Yjs content; its message says what and where. */
export class ContentProblem extends Error {
  override readonly name = 'ContentProblem';
}

/**
 * The ProseMirror node a Y.XmlElement stands for, checked completely (`node.check()`, and the
 * attribute rules): throws a ContentProblem instead of doing what y-prosemirror's binding does
 * with what it cannot convert (it deletes the element, silently, in every editor). Reads the
 * element only; never writes to its document.
 */
export function strictNodeOf(el: Y.XmlElement): Node {
  const type = nodeTypeOf(el.nodeName);
  if (!type || type.isText || type === schema.topNodeType) throw new ContentProblem(`khối lạ "${el.nodeName.slice(0, 40)}"`);
  const attrs = el.getAttributes() as Record<string, unknown>;
  const attrProblem = nodeAttrsProblem(type.name, attrs);
  if (attrProblem) throw new ContentProblem(attrProblem);
  const children: Node[] = [];
  for (const child of el.toArray()) {
    if (child instanceof Y.XmlElement) children.push(strictNodeOf(child));
    else if (child instanceof Y.XmlText) children.push(...strictTextOf(child));
    else throw new ContentProblem(`${type.name}: nội dung không phải khối hay văn bản`);
  }
  try {
    const node = type.create(attrs, children);
    node.check();
    return node;
  } catch (error) {
    throw new ContentProblem(`${type.name}: ${(error as Error).message.slice(0, 80)}`);
  }
}

/** The text nodes of a Y.XmlText: strings only, each with marks of the schema. */
export function strictTextOf(text: Y.XmlText): Node[] {
  if (Object.keys(text.getAttributes()).length > 0) throw new ContentProblem('văn bản mang thuộc tính lạ');
  const nodes: Node[] = [];
  for (const op of text.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
    if (typeof op.insert !== 'string') throw new ContentProblem('văn bản chứa đối tượng nhúng');
    if (op.insert === '') continue;
    nodes.push(schema.text(op.insert, marksOf(op.attributes ?? {})));
  }
  return nodes;
}

/** Marks from y-prosemirror's formatting attributes ("name" or "name--hash" → attrs). */
export function marksOf(attributes: Record<string, unknown>): readonly Mark[] {
  const marks: Mark[] = [];
  for (const [key, attrs] of Object.entries(attributes)) {
    const name = yattr2markname(key);
    const type = Object.hasOwn(schema.marks, name) ? schema.marks[name] : undefined;
    if (!type) throw new ContentProblem(`định dạng lạ "${name.slice(0, 40)}"`);
    const problem = markAttrsProblem(name, attrs);
    if (problem) throw new ContentProblem(problem);
    marks.push(type.create(attrs as Record<string, unknown> | null));
  }
  return Mark.setFrom(marks);
}

/**
 * The mark name of a formatting attribute: y-prosemirror writes overlapping marks as
 * "name--<8 hash characters>" (its `yattr2markname`, which the package does not export).
 */
function yattr2markname(key: string): string {
  return /^(.*)--[a-zA-Z0-9+/=]{8}$/.exec(key)?.[1] ?? key;
}

/** The schema's node type of this name; never one inherited from Object (`constructor`…). */
export function nodeTypeOf(name: string): NodeType | undefined {
  return Object.hasOwn(schema.nodes, name) ? schema.nodes[name] : undefined;
}
