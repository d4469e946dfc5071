import { NUMBERED_KINDS, OUTLINE_LEVELS, kindDepth, resetDepth, type NumberStyle, type NumberingScheme } from './scheme.ts';

/**
 * A scheme turned into flat arrays indexed like NUMBERED_KINDS, so numbering a document is a
 * single pass with no lookups by name. Compiled once per scheme object (schemes are immutable).
 */
export interface CompiledScheme {
  styles: NumberStyle[];
  /** Outline depth at or above which a block restarts the kind's counter; -1 never. */
  resetDepths: number[];
  /** For each kind, the kinds whose counters form its 'decimal-path' prefix, outermost first. */
  pathKinds: number[][];
  /**
   * For each outline depth (part 0 … heading4 5), the other kinds whose counters an outline block
   * of that depth restarts (resetDepths[k] ≥ depth): numbering a document reads this list per
   * outline block instead of testing all nine kinds, which inferring a scheme does ~16 times.
   */
  restartsAt: number[][];
}

const cache = new WeakMap<NumberingScheme, CompiledScheme>();

const isDecimal = (style: NumberStyle) => style === 'decimal' || style === 'decimal-path';

/**
 * The path of a 'decimal-path' outline kind: the enclosing outline kinds that are decimal-path,
 * up to and including the first plain 'decimal' one ("1." then "1.1." then "1.1.1.").
 * Non-outline kinds have no path: for them 'decimal-path' reads like 'decimal'.
 */
function pathOf(styles: NumberStyle[], kind: number): number[] {
  const depth = kindDepth(NUMBERED_KINDS[kind]);
  if (styles[kind] !== 'decimal-path' || depth === null) return [];
  const path: number[] = [];
  for (let k = kind - 1; k >= 0 && isDecimal(styles[k]); k--) {
    path.unshift(k);
    if (styles[k] === 'decimal') break;
  }
  return path;
}

export function compileScheme(scheme: NumberingScheme): CompiledScheme {
  const cached = cache.get(scheme);
  if (cached) return cached;
  const styles = NUMBERED_KINDS.map((kind) => scheme[kind].style);
  const resetDepths = NUMBERED_KINDS.map((kind) => resetDepth(scheme[kind].reset));
  const kinds = NUMBERED_KINDS.map((_, k) => k);
  const compiled: CompiledScheme = {
    styles,
    resetDepths,
    pathKinds: NUMBERED_KINDS.map((_, k) => pathOf(styles, k)),
    restartsAt: OUTLINE_LEVELS.map((_, depth) => kinds.filter((k) => k !== depth && resetDepths[k] >= depth)),
  };
  cache.set(scheme, compiled);
  return compiled;
}
