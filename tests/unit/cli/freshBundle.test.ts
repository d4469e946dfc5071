import { mkdirSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript beside the bin, without type declarations
import { freshBundle } from '../../../bin/freshBundle.mjs';
import { tempDir } from '../../helpers/tempDir.ts';

let dir: ReturnType<typeof tempDir>;
let bundle: string;
const source = (name: string) => join(dir.path, 'main', name);

/** A checkout with two sources and a bundle made from them, as main/cli/build.ts writes it. */
beforeEach(() => {
  dir = tempDir('vankien-fresh-');
  bundle = join(dir.path, 'dist', 'cli');
  mkdirSync(join(dir.path, 'main'));
  mkdirSync(bundle, { recursive: true });
  writeFileSync(source('a.ts'), 'export const a = 1;\n');
  writeFileSync(source('b.ts'), 'export const b = 2;\n');
  writeFileSync(join(bundle, 'main.mjs'), '');
  writeManifest();
});
afterEach(() => dir.remove());

function writeManifest(): void {
  const stamp = (name: string) => [`../../main/${name}`, statSync(source(name)).mtimeMs, statSync(source(name)).size];
  // The command "first" can run a.ts only; "second" both.
  const commands = { first: [0], second: [0, 1] };
  writeFileSync(join(bundle, 'bundle.json'), JSON.stringify({ entry: 'main.mjs', inputs: [stamp('a.ts'), stamp('b.ts')], commands, outputs: ['main.mjs'] }));
}

const check = (command?: string): string | null => freshBundle(pathToFileURL(`${bundle}/`), command);
const edit = (name: string) => {
  writeFileSync(source(name), 'export const edited = 3;\n');
  utimesSync(source(name), new Date(), new Date(Date.now() + 5_000));
};

describe('whether the bin may run the bundle', () => {
  it('runs the bundle while every file it was made from is as it was', () => {
    expect(check()).toBe(pathToFileURL(join(bundle, 'main.mjs')).href);
  });

  it('finds the sources from the real folder when the bundle is reached through a link', () => {
    const linked = join(dir.path, 'linked-dist');
    symlinkSync(join(dir.path, 'dist'), linked);
    expect(freshBundle(pathToFileURL(join(linked, 'cli') + '/'))).toBe(pathToFileURL(join(bundle, 'main.mjs')).href);
  });

  it('runs the sources once a source was edited, even to the same size', () => {
    writeFileSync(source('b.ts'), 'export const b = 3;\n');
    utimesSync(source('b.ts'), new Date(), new Date(Date.now() + 5_000));
    expect(check()).toBeNull();
  });

  it('runs a command from the bundle when only a file it cannot load changed, and from the sources when one of its own did', () => {
    edit('b.ts');
    expect(check('first')).toBe(pathToFileURL(join(bundle, 'main.mjs')).href);
    expect(check('second')).toBeNull();
  });

  it('checks every file for anything that names no command of the list', () => {
    edit('b.ts');
    for (const other of [undefined, '--version', 'unknown', 'constructor', 'hasOwnProperty']) expect(check(other)).toBeNull();
  });

  it('runs the sources when a source has the same time but another size', () => {
    const { atime, mtime } = statSync(source('a.ts'));
    writeFileSync(source('a.ts'), 'export const a = 10;\n');
    utimesSync(source('a.ts'), atime, mtime);
    expect(check()).toBeNull();
  });

  it('runs the sources when a source is gone', () => {
    rmSync(source('a.ts'));
    expect(check()).toBeNull();
  });

  it('runs the sources when there is no bundle, or its list cannot be read', () => {
    writeFileSync(join(bundle, 'bundle.json'), '{"entry": "main.mjs", "inp');
    expect(check()).toBeNull();
    rmSync(bundle, { recursive: true });
    expect(check()).toBeNull();
  });
});
