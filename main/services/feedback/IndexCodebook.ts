import { type Code, codePaths, treeOrder } from '../../../shared/feedback/tags/codebook.ts';

/** How deep a code's parents are followed: the codebook is a tree of a few levels; a cycle stops here. */
const MAX_DEPTH = 50;

/**
 * The codebook as the feedback index reads it: each code's path ("Kinh tế › Công nghiệp"), its
 * place in tree order, whether it is top-level (a theme of the dashboard), and the codes an item's
 * tags stand for (the tags and every code above them, so filtering by a parent keeps the items
 * tagged with its children). A code the codebook no longer has stands for itself only.
 */
export class IndexCodebook {
  private readonly byId: Map<string, Code>;
  private readonly paths: Map<string, string>;
  private readonly places: Map<string, number>;

  constructor(codes: readonly Code[]) {
    this.byId = new Map(codes.map((c) => [c.id, c]));
    this.paths = codePaths(codes);
    this.places = new Map(treeOrder(codes).map((c, i) => [c.id, i]));
  }

  /** The codes in tree order. */
  get ids(): string[] {
    return [...this.places.keys()];
  }

  pathOf(codeId: string): string {
    return this.paths.get(codeId) ?? '';
  }

  /** Its place in tree order; codes not in the codebook (and '') after every code. */
  placeOf(codeId: string): number {
    return this.places.get(codeId) ?? Number.MAX_SAFE_INTEGER;
  }

  isTopLevel(codeId: string): boolean {
    const code = this.byId.get(codeId);
    return code !== undefined && code.parentId === null;
  }

  /** `codeIds` with every code above each of them, each once. */
  closure(codeIds: readonly string[]): string[] {
    const out = new Set<string>();
    for (const id of codeIds) {
      let code: string | null = id;
      for (let depth = 0; code !== null && depth < MAX_DEPTH && !out.has(code); depth++) {
        out.add(code);
        code = this.byId.get(code)?.parentId ?? null;
      }
    }
    return [...out];
  }
}
