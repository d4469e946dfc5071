import type { BlockType } from '../../../shared/document/blockTypes.ts';
import type { FlatBlock } from '../../../shared/document/flatBlock.ts';

/** Builders for flat blocks in numbering tests: P = part, S = section, H1…H4, O = ordinal, T = target. */
let seq = 0;
export function block(type: BlockType, level: number | null = null, text = ''): FlatBlock {
  seq += 1;
  return { id: `t${seq}`, type, level: type === 'heading' ? (level ?? 1) : null, text: text || `${type} ${seq}` };
}

const CODES: Record<string, () => FlatBlock> = {
  P: () => block('part'),
  S: () => block('section'),
  H1: () => block('heading', 1),
  H2: () => block('heading', 2),
  H3: () => block('heading', 3),
  H4: () => block('heading', 4),
  O: () => block('ordinal'),
  T: () => block('target'),
  F: () => block('footnote'),
  p: () => block('paragraph'),
  b: () => block('bullet'),
};

/** Blocks from a compact code string: "S H1 H2 T T". */
export function blocksOf(codes: string): FlatBlock[] {
  return codes
    .split(/\s+/)
    .filter(Boolean)
    .map((code) => {
      const make = CODES[code];
      if (!make) throw new Error(`unknown block code ${code}`);
      return make();
    });
}
