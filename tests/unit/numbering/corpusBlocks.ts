import { readFileSync } from 'node:fs';
import type { FlatBlock } from '../../../shared/document/flatBlock.ts';

/** A corpus paragraph recognised as a block, with the number label the authors typed. */
export interface TypedBlock extends FlatBlock {
  typed: string | null;
}

const RULES: [RegExp, (m: RegExpMatchArray) => Omit<FlatBlock, 'id' | 'text'>][] = [
  [/^([IVX]+)\.\s+/, () => ({ type: 'section', level: null })],
  [/^(\d+\.\d+\.\d+)\.\s+/, () => ({ type: 'heading', level: 3 })],
  [/^(\d+\.\d+)\.\s+/, () => ({ type: 'heading', level: 2 })],
  [/^(\d+)\.\s+/, () => ({ type: 'heading', level: 1 })],
  [/^([a-zđ]\))\s+/, () => ({ type: 'heading', level: 4 })],
  [/^(\(\d+\))\.?\s+/, () => ({ type: 'target', level: null })],
  [/^((?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười) là),\s*/, () => ({ type: 'ordinal', level: null })],
  [/^()-\s+/, () => ({ type: 'bullet', level: null })],
];

/** Reads a corpus file (one paragraph per non-empty line) into blocks with their typed labels. */
export function corpusBlocks(file: string): TypedBlock[] {
  const url = new URL(`../../../../shared/corpus/${file}`, import.meta.url);
  const lines = readFileSync(url, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.map((line, i) => {
    for (const [pattern, make] of RULES) {
      const m = line.match(pattern);
      if (m) return { id: `c${i}`, ...make(m), text: line.slice(m[0].length), typed: m[1] || null };
    }
    return { id: `c${i}`, type: 'paragraph', level: null, text: line, typed: null };
  });
}
