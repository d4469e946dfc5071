import { DEFAULT_SCHEME, withRule } from './defaultScheme.ts';
import { compileScheme } from './compileScheme.ts';
import { type KindCounts, countsUnderResets } from './countsUnderResets.ts';
import { formatCounter } from './formatCounter.ts';
import { labelKey } from './labelKey.ts';
import { kindsOf, numberKinds, type NumberableBlock } from './numberBlocks.ts';
import {
  NUMBERED_KINDS,
  NUMBER_STYLES,
  OUTLINE_LEVELS,
  kindDepth,
  type LevelRule,
  type NumberStyle,
  type NumberedKind,
  type NumberingScheme,
  type ResetRule,
} from './scheme.ts';

/** What a source's numbers say about its scheme, and where no scheme could follow them. */
export interface InferredNumbering {
  scheme: NumberingScheme;
  /** The labels `scheme` derives, per block (as numberBlocks gives them). */
  derived: (string | null)[];
  /** Indices of the blocks whose source label differs from the derived one. */
  differing: number[];
}

/** The shape of the labels each style writes, on labelKey's form; a style is tried only when some label has its shape. */
const SHAPES: Record<NumberStyle, RegExp> = {
  'part-words': /^phần thứ /u,
  'upper-roman': /^[ivxlcdm]+$/u,
  decimal: /^\d+$/u,
  'decimal-path': /^\d+(?:\.\d+)*$/u,
  'lower-alpha': /^[a-zđ]+\)$/u,
  'lower-latin': /^[a-z]+\)$/u,
  'ordinal-words': / là$/u,
  'ordinal-nth': /^thứ /u,
  'paren-decimal': /^\(\d+\)$/u,
  none: /^$/u,
};

/**
 * The resets a kind may have, the fewest restarts first: none, then each outline level above it
 * (all of them for kinds outside the outline) from the outermost in.
 */
function resetsOf(kind: NumberedKind): ResetRule[] {
  const depth = kindDepth(kind) ?? OUTLINE_LEVELS.length;
  return ['continue', ...OUTLINE_LEVELS.slice(0, depth)];
}

/** labelKey of derived labels, which repeat ("(1)", "2.1"…) across blocks and candidates. */
function keyCache(): (label: string) => string {
  const cache = new Map<string, string>();
  return (label) => {
    let key = cache.get(label);
    if (key === undefined) cache.set(label, (key = labelKey(label)));
    return key;
  };
}

/**
 * The labels a scheme derives for `blocks`, remembered for the last scheme asked: each kind is
 * first scored under the scheme as it stands, which is the same scheme object until some kind
 * changes it, so a source the base scheme already reproduces is numbered once, not once per kind.
 */
function derivedLabels(kinds: Int8Array): (scheme: NumberingScheme) => (string | null)[] {
  let last: { scheme: NumberingScheme; derived: (string | null)[] } | null = null;
  return (scheme) => {
    if (last?.scheme !== scheme) last = { scheme, derived: numberKinds(kinds, scheme) };
    return last.derived;
  };
}

/** How many of the `labelled` blocks get their source key from the `derived` labels. */
function score(derived: readonly (string | null)[], keys: readonly (string | null)[], labelled: readonly number[], keyOf: (label: string) => string): number {
  let matches = 0;
  for (const i of labelled) if (derived[i] !== null && keyOf(derived[i]) === keys[i]) matches++;
  return matches;
}

/**
 * score() of the labels `style` writes for the counters `counts` (and 'decimal-path' prefixes) of
 * the `labelled` blocks: what numberKinds would derive there under the candidate rule.
 */
function scoreCounts(style: NumberStyle, counts: Int32Array, prefixes: readonly string[] | null, keys: readonly (string | null)[], labelled: readonly number[], keyOf: (label: string) => string): number {
  let matches = 0;
  for (let n = 0; n < labelled.length; n++) {
    const label = formatCounter(style, counts[n], prefixes ? prefixes[n] : '');
    if (label !== null && keyOf(label) === keys[labelled[n]]) matches++;
  }
  return matches;
}

/**
 * The scheme that reproduces most of the labels a source showed (`source[i]` for block i, null
 * where it showed none), starting from `base`. Kinds are decided outermost first, so a
 * 'decimal-path' label ("2.3") is judged with its enclosing counters already settled. For each
 * kind every style whose labels have the source's shape is tried with every reset allowed for it;
 * the base's rule is kept unless another reproduces strictly more labels, and a kind without
 * labels keeps it too. Among rules that reproduce as many, the one restarting least wins: a
 * source whose targets restart only at sections, seen only under one heading per section, is
 * read as "restart at sections", not at headings. The result always validates (an outline kind
 * is restarted only by a level above it).
 */
export function inferScheme(
  blocks: readonly NumberableBlock[],
  source: readonly (string | null)[],
  base: NumberingScheme = DEFAULT_SCHEME,
): InferredNumbering {
  const keyOf = keyCache();
  const kinds = kindsOf(blocks);
  const derivedOf = derivedLabels(kinds);
  const keys = source.map((label) => (label === null ? null : labelKey(label)));
  let scheme = base;
  // The labelled blocks of each kind, in one pass over the blocks.
  const labelledOfKind = NUMBERED_KINDS.map((): number[] => []);
  kinds.forEach((kind, i) => {
    if (keys[i] !== null && kind >= 0) labelledOfKind[kind].push(i);
  });
  NUMBERED_KINDS.forEach((kind, k) => {
    const labelled = labelledOfKind[k];
    if (labelled.length === 0) return;
    const styles = NUMBER_STYLES.filter((style) => labelled.some((i) => SHAPES[style].test(keys[i]!)));
    let best: LevelRule = scheme[kind];
    let bestScore = score(derivedOf(scheme), keys, labelled, keyOf);
    const resets = resetsOf(kind);
    // The kind's counters under every reset, counted once for all styles, when a candidate is tried.
    let under: KindCounts | null = null;
    for (const style of styles) {
      for (let r = 0; r < resets.length; r++) {
        if (bestScore === labelled.length) break;
        under ??= countsUnderResets(kinds, scheme, k, resets, labelled, compileScheme(withRule(scheme, kind, { style: 'decimal-path' })).pathKinds[k]);
        const candidateScore = scoreCounts(style, under.counts[r], style === 'decimal-path' ? under.prefixes : null, keys, labelled, keyOf);
        if (candidateScore > bestScore) [best, bestScore] = [{ style, reset: resets[r] }, candidateScore];
      }
    }
    if (best !== scheme[kind]) scheme = withRule(scheme, kind, best);
  });
  const derived = derivedOf(scheme);
  const differing: number[] = [];
  keys.forEach((key, i) => {
    if (key !== null && kinds[i] >= 0 && (derived[i] === null || keyOf(derived[i]) !== key)) differing.push(i);
  });
  return { scheme, derived, differing };
}
