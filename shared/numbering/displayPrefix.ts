import type { BlockType } from '../document/blockTypes.ts';

/**
 * What precedes a block's text in the editor and in exports, from its label: "II. ", "2.1. ",
 * "a) ", "Một là, ", "Thứ hai, ", "(7) ". A part's label stands on its own line above its title
 * ("Phần thứ nhất\n"), as in the printed reports. Unnumbered blocks get "".
 */
export function displayPrefix(type: BlockType, label: string | null): string {
  if (label === null) return '';
  if (type === 'part' || label.startsWith('Phần thứ')) return `${label}\n`;
  if (label.endsWith(')')) return `${label} `;
  if (label.endsWith(' là') || label.startsWith('Thứ ')) return `${label}, `;
  return `${label}. `;
}
