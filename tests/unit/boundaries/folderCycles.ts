import { dirname, join, normalize } from 'node:path';

/** One import of one file by another, both relative to the repository root with "/" separators. */
export interface FileImport {
  from: string;
  to: string;
}

/** Folder → folder it imports → the file imports that make that edge (in the order met). */
export type FolderGraph = Map<string, Map<string, FileImport[]>>;

/** The file a relative specifier names, relative to the root; null for a package. */
export function importedFile(file: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  return normalize(join(dirname(file), specifier)).split('\\').join('/');
}

const contains = (outer: string, inner: string) => inner.startsWith(`${outer}/`);

/**
 * The import graph between folders: an edge A → B when a file directly in A imports a file
 * directly in B. Imports between a folder and its own subfolders (either way) are not edges:
 * a folder may be split into subfolders that use each other and their parent.
 */
export function folderGraph(imports: readonly FileImport[]): FolderGraph {
  const graph: FolderGraph = new Map();
  for (const edge of imports) {
    const a = dirname(edge.from);
    const b = dirname(edge.to);
    if (a === b || contains(a, b) || contains(b, a)) continue;
    if (!graph.has(a)) graph.set(a, new Map());
    const targets = graph.get(a)!;
    if (!targets.has(b)) targets.set(b, []);
    targets.get(b)!.push(edge);
  }
  return graph;
}

/** The strongly connected components of more than one folder (Tarjan), each sorted by name. */
export function stronglyConnected(graph: FolderGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1) components.push(component.sort());
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return components.sort((a, b) => a[0].localeCompare(b[0]));
}

/** A shortest cycle through the first folder of a component, as folders (the first repeated at the end). */
export function cycleThrough(component: readonly string[], graph: FolderGraph): string[] {
  const start = component[0];
  const inside = new Set(component);
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift()!;
    for (const w of [...(graph.get(v)?.keys() ?? [])].sort()) {
      if (!inside.has(w)) continue;
      if (w === start) {
        const path: string[] = [];
        for (let at = v; at !== start; at = previous.get(at)!) path.unshift(at);
        return [start, ...path, start];
      }
      if (previous.has(w)) continue;
      previous.set(w, v);
      queue.push(w);
    }
  }
  throw new RangeError(`No cycle through ${start} in ${component.join(', ')}`);
}

/**
 * Every cycle between folders, one sentence each: the folders in cycle order, then, for each
 * step, the first file import that makes it ("a → b → a: a/x.ts imports b/y.ts; b/z.ts imports a/w.ts").
 * A component with more folders than its cycle names them all.
 */
export function folderCycles(imports: readonly FileImport[]): string[] {
  const graph = folderGraph(imports);
  return stronglyConnected(graph).map((component) => {
    const cycle = cycleThrough(component, graph);
    const steps = cycle.slice(1).map((to, i) => {
      const edge = graph.get(cycle[i])!.get(to)![0];
      return `${edge.from} imports ${edge.to}`;
    });
    const others = component.filter((folder) => !cycle.includes(folder));
    const also = others.length > 0 ? ` (in one knot with ${others.join(', ')})` : '';
    return `${cycle.join(' → ')}: ${steps.join('; ')}${also}`;
  });
}
