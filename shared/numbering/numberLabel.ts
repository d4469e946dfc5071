import type { BlockType } from '../document/blockTypes.ts';
import { displayPrefix } from './displayPrefix.ts';

/** A block's number as the editor and exports show it ("II.", "2.1.", "a)", "Một là,", "(7)"), '' when none. */
export function numberLabel(type: string, number: string | null): string {
  return displayPrefix(type as BlockType, number).trim();
}
