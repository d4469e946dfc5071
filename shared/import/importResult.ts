import type { BuiltDoc } from './buildDoc.ts';
import type { ImportWarning } from './model.ts';

/**
 * The result of an import: ProseMirror JSON valid for `schema`, the numbering label removed
 * from each top-level block's source text (null where none was), and warnings for the user.
 */
export interface ImportResult extends BuiltDoc {
  warnings: ImportWarning[];
}
