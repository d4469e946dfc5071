import type { NumberingScheme } from '../numbering/scheme.ts';
import type { BuiltDoc } from './buildDoc.ts';
import type { ImportWarning } from './model.ts';
import { sourceNumbering } from './sourceNumbering.ts';

/**
 * The result of an import: ProseMirror JSON valid for `schema`, the numbering label removed
 * from each top-level block's source text (null where none was), the numbering scheme that
 * reproduces the source's numbers, and warnings for the user.
 */
export interface ImportResult extends BuiltDoc {
  /** The scheme that derives the numbers the source printed (see sourceNumbering). */
  numbering: NumberingScheme;
  warnings: ImportWarning[];
}

/** A built document as an import result: its scheme inferred from `base`, a warning for numbers no scheme reproduces. */
export function importResult(built: BuiltDoc, warnings: ImportWarning[], base?: NumberingScheme): ImportResult {
  const { numbering, warning } = sourceNumbering(built, base);
  return { ...built, numbering, warnings: warning ? [...warnings, warning] : warnings };
}
