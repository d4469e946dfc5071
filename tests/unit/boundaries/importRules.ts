import { builtinModules } from 'node:module';
import { dirname, join, normalize, relative } from 'node:path';

/**
 * The dependency rules of DESIGN.md as a pure function: `renderer → shared ← main`, shared/
 * imports no electron, node:* or React, and only main/electron/ imports electron.
 * `file` and the result are relative to the repository root, with "/" separators.
 */
export function importViolation(file: string, specifier: string): string | null {
  const area = file.split('/')[0];
  const isBuiltin = specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0]);
  const bare = specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
  const target = specifier.startsWith('.') ? normalize(join(dirname(file), specifier)).split('\\').join('/') : null;

  if (bare === 'electron' && !file.startsWith('main/electron/')) return `${file} imports electron outside main/electron/`;
  if (area === 'shared') {
    if (isBuiltin) return `${file} (shared/) imports the Node module ${specifier}`;
    if (bare === 'react' || bare === 'react-dom') return `${file} (shared/) imports ${bare}`;
    if (target && !target.startsWith('shared/')) return `${file} (shared/) imports ${target}`;
  }
  if (area === 'renderer') {
    if (isBuiltin && !file.endsWith('vite.config.ts')) return `${file} (renderer/) imports the Node module ${specifier}`;
    if (target?.startsWith('main/')) return `${file} (renderer/) imports ${target} from main/`;
  }
  if (area === 'main' && target?.startsWith('renderer/')) return `${file} (main/) imports ${target} from renderer/`;
  return null;
}

/** Every module specifier in a TypeScript source: static imports, re-exports, import(), require(). */
export function importSpecifiers(source: string): string[] {
  const found: string[] = [];
  const patterns = [/\b(?:import|export)\s[^'"]*?\bfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*['"]([^'"]+)['"]/g, /\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) found.push(match[1]);
  return found;
}

export function relativeToRoot(root: string, path: string): string {
  return relative(root, path).split('\\').join('/');
}
