import type { OutlineNode } from '../outline/outlineNode.ts';

/**
 * Who is in which section, for the outline's avatars: each person is put on the deepest outline
 * entry whose block range holds the block their caret is in (`blockIds` are the flattened
 * document's block ids, the indices the outline's ranges count). People whose block is unknown
 * or before the first heading are left out; one person (by `key`) is listed once per entry.
 */
export function sectionPresence<P extends { key: string }>(roots: readonly OutlineNode[], blockIds: readonly string[], people: readonly { blockId: string; person: P }[]): Map<string, P[]> {
  const indexOf = new Map<string, number>();
  blockIds.forEach((id, index) => indexOf.set(id, index));
  const sections = new Map<string, P[]>();
  for (const { blockId, person } of people) {
    const index = indexOf.get(blockId);
    if (index === undefined) continue;
    const node = deepestHolding(roots, index);
    if (!node) continue;
    const list = sections.get(node.id) ?? [];
    if (!list.some((other) => other.key === person.key)) list.push(person);
    sections.set(node.id, list);
  }
  return sections;
}

function deepestHolding(nodes: readonly OutlineNode[], index: number): OutlineNode | null {
  const node = nodes.find((candidate) => candidate.startIndex <= index && index < candidate.endIndex);
  if (!node) return null;
  return deepestHolding(node.children, index) ?? node;
}
