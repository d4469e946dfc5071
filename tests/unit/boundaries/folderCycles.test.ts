import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type FileImport, folderCycles, importedFile } from './folderCycles.ts';
import { importSpecifiers, relativeToRoot } from './importRules.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

const edges = (...pairs: [string, string][]): FileImport[] => pairs.map(([from, to]) => ({ from, to }));

/** Every import between source files of shared/, renderer/ and main/: static, dynamic, type-only and re-exports. */
function repositoryImports(): FileImport[] {
  return ['shared', 'renderer', 'main'].flatMap((dir) =>
    readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.(ts|tsx|mts|cts)$/.test(e.name))
      .map((e) => relativeToRoot(ROOT, join(e.parentPath, e.name)))
      .flatMap((file) =>
        importSpecifiers(readFileSync(join(ROOT, file), 'utf8'))
          .map((specifier) => importedFile(file, specifier))
          .filter((to): to is string => to !== null)
          .map((to) => ({ from: file, to })),
      ),
  );
}

describe('folder cycles', () => {
  it.each([
    ['no imports', [], []],
    ['one way', edges(['a/x.ts', 'b/y.ts'], ['b/y.ts', 'c/z.ts']), []],
    ['imports inside one folder', edges(['a/x.ts', 'a/y.ts'], ['a/y.ts', 'a/x.ts']), []],
    ['a folder and its subfolder, both ways', edges(['a/x.ts', 'a/sub/y.ts'], ['a/sub/y.ts', 'a/x.ts']), []],
    ['two folders importing each other', edges(['a/x.ts', 'b/y.ts'], ['b/y.ts', 'a/w.ts']), ['a → b → a: a/x.ts imports b/y.ts; b/y.ts imports a/w.ts']],
    ['sibling subfolders importing each other', edges(['a/p/x.ts', 'a/q/y.ts'], ['a/q/y.ts', 'a/p/x.ts']), ['a/p → a/q → a/p: a/p/x.ts imports a/q/y.ts; a/q/y.ts imports a/p/x.ts']],
    [
      'three folders round',
      edges(['c/z.ts', 'a/x.ts'], ['a/x.ts', 'b/y.ts'], ['b/y.ts', 'c/z.ts']),
      ['a → b → c → a: a/x.ts imports b/y.ts; b/y.ts imports c/z.ts; c/z.ts imports a/x.ts'],
    ],
    [
      'the shortest cycle of a knot, naming the rest',
      edges(['a/1.ts', 'b/1.ts'], ['b/1.ts', 'a/1.ts'], ['b/1.ts', 'c/1.ts'], ['c/1.ts', 'b/1.ts']),
      ['a → b → a: a/1.ts imports b/1.ts; b/1.ts imports a/1.ts (in one knot with c)'],
    ],
    [
      'two separate cycles',
      edges(['a/1.ts', 'b/1.ts'], ['b/1.ts', 'a/1.ts'], ['x/1.ts', 'y/1.ts'], ['y/1.ts', 'x/1.ts']),
      ['a → b → a: a/1.ts imports b/1.ts; b/1.ts imports a/1.ts', 'x → y → x: x/1.ts imports y/1.ts; y/1.ts imports x/1.ts'],
    ],
  ])('%s', (_name, imports, cycles) => {
    expect(folderCycles(imports)).toEqual(cycles);
  });

  it('resolves relative specifiers to files and leaves packages out', () => {
    expect(importedFile('renderer/editor/EditorPage.tsx', '../route/route.ts')).toBe('renderer/route/route.ts');
    expect(importedFile('shared/editor/commands/topLevel.ts', '../../outline/sectionRange.ts')).toBe('shared/outline/sectionRange.ts');
    expect(importedFile('shared/editor/schema.ts', 'prosemirror-model')).toBeNull();
  });

  it('finds none between the folders of shared/, renderer/ and main/', () => {
    const imports = repositoryImports();
    expect(imports.length).toBeGreaterThan(500);
    expect(folderCycles(imports)).toEqual([]);
  });
});
