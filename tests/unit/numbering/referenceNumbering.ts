import type { FlatBlock } from '../../../shared/document/flatBlock.ts';
import { formatCounter } from '../../../shared/numbering/formatCounter.ts';
import { NUMBERED_KINDS, resetDepth, type NumberedKind, type NumberingScheme } from '../../../shared/numbering/scheme.ts';

/**
 * A deliberately naive numbering, O(n²), written from the rules rather than from numberBlocks:
 * a block's number is 1 + the blocks of its kind since the last outline block at or above its
 * reset level. decimal-path prefixes are the counters of heading 1 … the level above.
 */
const DEPTH: Record<string, number> = { part: 0, section: 1 };
const depth = (b: FlatBlock) => (b.type === 'heading' ? 1 + (b.level ?? 1) : (DEPTH[b.type] ?? null));
const kindOf = (b: FlatBlock): NumberedKind | null => {
  if (b.type === 'heading') return `heading${b.level ?? 1}` as NumberedKind;
  return (NUMBERED_KINDS as readonly string[]).includes(b.type) ? (b.type as NumberedKind) : null;
};

function counterAt(blocks: FlatBlock[], i: number, kind: NumberedKind, scheme: NumberingScheme): number {
  const reset = resetDepth(scheme[kind].reset);
  let n = 0;
  for (let j = i; j >= 0; j--) {
    if (kindOf(blocks[j]) === kind) n++;
    else if (depth(blocks[j]) !== null && depth(blocks[j])! <= reset) break;
  }
  return n;
}

export function referenceNumbering(blocks: FlatBlock[], scheme: NumberingScheme): (string | null)[] {
  return blocks.map((b, i) => {
    const kind = kindOf(b);
    if (!kind) return null;
    const style = scheme[kind].style;
    let path = '';
    if (style === 'decimal-path' && b.type === 'heading') {
      const parents = Array.from({ length: (b.level ?? 1) - 1 }, (_, k) => `heading${k + 1}` as NumberedKind);
      path = parents.map((p) => counterAt(blocks, i, p, scheme)).join('.');
    }
    return formatCounter(style, counterAt(blocks, i, kind, scheme), path);
  });
}
