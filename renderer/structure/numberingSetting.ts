import { DEFAULT_SCHEME, parseNumberingScheme, type NumberingScheme } from '../../shared/numbering/index.ts';

/**
 * Where a document's numbering scheme lives: `ydoc.getMap(SETTINGS_MAP).get(NUMBERING_SETTING)`,
 * a plain JSON object (or a JSON string written by another tool). Kept in the document's Y.Doc
 * so every collaborator sees a change at once and it is saved with the document.
 */
export const SETTINGS_MAP = 'settings';
export const NUMBERING_SETTING = 'numbering';

/**
 * The scheme stored in the settings, DEFAULT_SCHEME when absent. A stored value that is not a
 * valid scheme (a newer app, a hand edit) falls back to the default rather than breaking the
 * editor; the error is logged so it can be found.
 */
export function readNumberingScheme(value: unknown): NumberingScheme {
  if (value === undefined || value === null) return DEFAULT_SCHEME;
  try {
    return parseNumberingScheme(typeof value === 'string' ? JSON.parse(value) : value);
  } catch (error) {
    console.warn('Kiểu đánh số lưu trong văn kiện không hợp lệ; dùng kiểu mặc định.', error);
    return DEFAULT_SCHEME;
  }
}
