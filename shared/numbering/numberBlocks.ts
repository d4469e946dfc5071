import type { BlockType } from '../document/blockTypes.ts';
import { compileScheme } from './compileScheme.ts';
import { DEFAULT_SCHEME } from './defaultScheme.ts';
import { formatCounter } from './formatCounter.ts';
import type { NumberingScheme } from './scheme.ts';

/** What numbering reads of a block. FlatBlock and NumberedBlock fit. */
export interface NumberableBlock {
  type: BlockType;
  level: number | null;
}

const KIND_OF_TYPE: Partial<Record<BlockType, number>> = { part: 0, section: 1, ordinal: 6, target: 7, footnote: 8 };
const KIND_COUNT = 9;
const OUTLINE_KIND_COUNT = 6;

/** Index in NUMBERED_KINDS of a block's kind, or -1 for unnumbered blocks. */
export function kindIndexOf(block: NumberableBlock): number {
  if (block.type === 'heading') return 1 + Math.min(4, Math.max(1, block.level ?? 1));
  return KIND_OF_TYPE[block.type] ?? -1;
}

/**
 * The label of every block, as the CLI prints it ("Phần thứ nhất", "II", "2.1", "a)", "Một là",
 * "(7)"), null for unnumbered blocks. One pass, O(n): a counter per kind, restarted when an
 * outline block at or above the kind's reset level goes by. The result depends only on the
 * sequence of types and levels, so moving a section renumbers everything after it. With
 * `onlyKind` (an index in NUMBERED_KINDS) only that kind's labels are written, the others null:
 * every counter still runs, so those labels are the ones the whole numbering gives (inferring
 * a scheme tries many rules for one kind and reads only its labels).
 */
export function numberBlocks(blocks: readonly NumberableBlock[], scheme: NumberingScheme = DEFAULT_SCHEME, onlyKind = -1): (string | null)[] {
  return numberKinds(kindsOf(blocks), scheme, onlyKind);
}

/** kindIndexOf of every block, for numberKinds. */
export function kindsOf(blocks: readonly NumberableBlock[]): Int8Array {
  const kinds = new Int8Array(blocks.length);
  for (let i = 0; i < blocks.length; i++) kinds[i] = kindIndexOf(blocks[i]);
  return kinds;
}

/**
 * numberBlocks of blocks given by their kinds (kindsOf), so that numbering one document under
 * many schemes (inferScheme) reads each block's type and level once.
 */
export function numberKinds(kinds: Int8Array, scheme: NumberingScheme = DEFAULT_SCHEME, onlyKind = -1): (string | null)[] {
  const { styles, restartsAt, pathKinds } = compileScheme(scheme);
  const counters = new Array<number>(KIND_COUNT).fill(0);
  const labels = new Array<string | null>(kinds.length);
  for (let i = 0; i < kinds.length; i++) {
    const kind = kinds[i];
    if (kind < 0) {
      labels[i] = null;
      continue;
    }
    // An outline block's depth is its kind index (part 0 … heading4 5).
    if (kind < OUTLINE_KIND_COUNT) {
      const restarted = restartsAt[kind];
      for (let r = 0; r < restarted.length; r++) counters[restarted[r]] = 0;
    }
    const n = ++counters[kind];
    if (onlyKind >= 0 && kind !== onlyKind) {
      labels[i] = null;
      continue;
    }
    const path = pathKinds[kind];
    let prefix = '';
    for (let p = 0; p < path.length; p++) prefix += (p ? '.' : '') + counters[path[p]];
    labels[i] = formatCounter(styles[kind], n, prefix);
  }
  return labels;
}
