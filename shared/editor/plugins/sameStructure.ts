import type { Node } from 'prosemirror-model';

/**
 * Whether two documents have the same sequence of top-level block types and heading levels,
 * which is all numbering depends on. Typing inside a block keeps the structure; splitting,
 * joining, moving or retyping a block changes it.
 */
export function sameStructure(a: Node, b: Node): boolean {
  if (a.childCount !== b.childCount) return false;
  for (let i = 0; i < a.childCount; i++) {
    const x = a.child(i);
    const y = b.child(i);
    if (x.type !== y.type) return false;
    if (x.type.name === 'heading' && x.attrs.level !== y.attrs.level) return false;
  }
  return true;
}

/** Type and heading level of every top-level block: what numberBlocks and sectionRange read. */
export function structureOf(doc: Node): { type: string; level: number | null; id: string | null }[] {
  const out: { type: string; level: number | null; id: string | null }[] = [];
  doc.forEach((node) => {
    out.push({ type: node.type.name, level: node.type.name === 'heading' ? (node.attrs.level as number) : null, id: node.attrs.id ?? null });
  });
  return out;
}
