import type * as Y from 'yjs';
import { NUMBERING_KEY, SETTINGS_MAP } from '../document/documentSettings.ts';

/** A Y.Doc's numbering setting as JSON text, null when it has none. */
export function numberingJsonOf(ydoc: Y.Doc): string | null {
  const stored = ydoc.getMap(SETTINGS_MAP).get(NUMBERING_KEY);
  return stored === undefined ? null : typeof stored === 'string' ? stored : JSON.stringify(stored);
}
