import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importSpecifiers, importViolation, relativeToRoot } from './importRules.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|tsx|mts|cts)$/.test(e.name))
    .map((e) => relativeToRoot(ROOT, join(e.parentPath, e.name)));
}

describe('import rules', () => {
  it.each([
    ['shared/text/x.ts', 'node:fs', true],
    ['shared/text/x.ts', 'fs', true],
    ['shared/text/x.ts', 'react', true],
    ['shared/text/x.ts', 'electron', true],
    ['shared/text/x.ts', '../../main/server/x.ts', true],
    ['shared/text/x.ts', '../document/schema.ts', false],
    ['shared/text/x.ts', 'prosemirror-model', false],
    ['renderer/app/App.tsx', '../../main/storage/x.ts', true],
    ['renderer/app/App.tsx', '../../shared/errors.ts', false],
    ['renderer/app/App.tsx', 'node:path', true],
    ['main/server/x.ts', 'electron', true],
    ['main/electron/main.ts', 'electron', false],
    ['main/server/x.ts', '../../renderer/app/App.tsx', true],
    ['tests/unit/x.test.ts', 'electron', true],
  ])('%s importing %s is a violation: %s', (file, specifier, violates) => {
    expect(importViolation(file, specifier) !== null).toBe(violates);
  });

  it('finds static, dynamic and re-exported specifiers', () => {
    const source = `import a from 'x';\nimport type { B } from "y";\nexport { c } from './z.ts';\nawait import('w');\nimport 'side';`;
    expect(importSpecifiers(source).sort()).toEqual(['./z.ts', 'side', 'w', 'x', 'y']);
  });

  it('holds for every source file in the repository', () => {
    const files = ['shared', 'renderer', 'main', 'tests'].flatMap(sources);
    expect(files.length).toBeGreaterThan(20);
    const violations = files.flatMap((file) =>
      importSpecifiers(readFileSync(join(ROOT, file), 'utf8'))
        .map((specifier) => importViolation(file, specifier))
        .filter((v): v is string => v !== null),
    );
    expect(violations).toEqual([]);
  });
});
