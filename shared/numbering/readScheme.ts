import { kindDepth, NUMBER_STYLES, NUMBERED_KINDS, type NumberingScheme, OUTLINE_LEVELS, resetDepth, type ResetRule } from './scheme.ts';

export type SchemeReading = { scheme: NumberingScheme } | { path: string; message: string };

const RESETS: readonly string[] = [...OUTLINE_LEVELS, 'continue'];
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks a scheme from untrusted input field by field: every numbered kind has a known style and
 * reset rule, and an outline kind is restarted only by a level above it (a section restarted by
 * its own headings would number every section "I"). Gives the scheme with only those fields, or
 * the first problem with its path. Hand-written, not zod: numbering runs wherever a document is
 * read, `vankien compare` of two files included, which then need not load zod.
 */
export function readScheme(value: unknown): SchemeReading {
  if (!isObject(value)) return { path: '', message: 'expected an object' };
  const scheme: Record<string, { style: string; reset: string }> = {};
  for (const kind of NUMBERED_KINDS) {
    const rule = value[kind];
    if (!isObject(rule)) return { path: kind, message: rule === undefined ? 'required' : 'expected an object' };
    if (!(NUMBER_STYLES as readonly unknown[]).includes(rule.style)) return { path: `${kind}.style`, message: `expected one of ${NUMBER_STYLES.join(', ')}` };
    if (!RESETS.includes(rule.reset as string)) return { path: `${kind}.reset`, message: `expected one of ${RESETS.join(', ')}` };
    const depth = kindDepth(kind);
    if (depth !== null && resetDepth(rule.reset as ResetRule) >= depth) return { path: `${kind}.reset`, message: `${kind} can only be restarted by a level above it` };
    scheme[kind] = { style: rule.style as string, reset: rule.reset as string };
  }
  return { scheme: scheme as unknown as NumberingScheme };
}
