import { parseNumberingScheme } from '../numbering/parseScheme.ts';
import type { ContentRepair } from './contentRepair.ts';

/**
 * The repair a stored numbering setting needs (none when it is absent or a valid scheme, as an
 * object or its JSON text): a scheme that does not validate gives way to the default, the stored
 * value kept in the repair.
 */
export function numberingRepair(stored: unknown): ContentRepair | null {
  if (stored === undefined || stored === null) return null;
  try {
    parseNumberingScheme(typeof stored === 'string' ? JSON.parse(stored) : stored);
    return null;
  } catch {
    return { kind: 'numbering', path: [], attr: 'numbering', was: stored, now: null };
  }
}
