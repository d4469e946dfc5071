import type { Node } from 'prosemirror-model';
import type { Emphasis, EmphasisSpan } from './flatBlock.ts';

const NONE: Emphasis = {};

/** The emphasis a text node's marks give it; `{}` when plain. */
export function emphasisOfMarks(node: Node): Emphasis {
  let e: Emphasis | null = null;
  for (const mark of node.marks) {
    const name = mark.type.name;
    if (name === 'strong') (e ??= {}).bold = true;
    else if (name === 'em') (e ??= {}).italic = true;
    else if (name === 'underline') (e ??= {}).underline = true;
  }
  return e ?? NONE;
}

/** True when two emphases are the same (absent fields and `false` are the same: off). */
export function sameEmphasis(a: Emphasis | undefined, b: Emphasis | undefined): boolean {
  return !!a?.bold === !!b?.bold && !!a?.italic === !!b?.italic && !!a?.underline === !!b?.underline;
}

export function isPlain(e: Emphasis | undefined): boolean {
  return !e?.bold && !e?.italic && !e?.underline;
}

/**
 * The emphasis spans of a text block whose text is `blockText` (hard breaks as one "\n"), or
 * undefined when it is all plain. Neighbouring text nodes with the same emphasis make one span.
 */
export function blockEmphasis(node: Node): EmphasisSpan[] | undefined {
  const spans: EmphasisSpan[] = [];
  let at = 0;
  node.forEach((child) => {
    const length = child.isText ? child.text!.length : child.type.name === 'hard_break' ? 1 : 0;
    const e = child.isText ? emphasisOfMarks(child) : NONE;
    if (length > 0 && !isPlain(e)) {
      const last = spans[spans.length - 1];
      if (last && last.to === at && sameEmphasis(last, e)) last.to += length;
      else spans.push({ from: at, to: at + length, ...e });
    }
    at += length;
  });
  return spans.length > 0 ? spans : undefined;
}

/** The spans of texts joined by `separator`-long joins (parts of a split or merge), shifted into place. */
export function joinedEmphasis(parts: readonly { text: string; emphasis?: EmphasisSpan[] }[], separator = 1): EmphasisSpan[] | undefined {
  const out: EmphasisSpan[] = [];
  let at = 0;
  for (const part of parts) {
    for (const s of part.emphasis ?? []) out.push({ ...s, from: s.from + at, to: s.to + at });
    at += part.text.length + separator;
  }
  return out.length > 0 ? out : undefined;
}

/** True when two blocks' texts are emphasised alike. */
export function sameSpans(a: readonly EmphasisSpan[] | undefined, b: readonly EmphasisSpan[] | undefined): boolean {
  const x = a ?? [];
  const y = b ?? [];
  if (x.length !== y.length) return false;
  return x.every((s, i) => s.from === y[i].from && s.to === y[i].to && sameEmphasis(s, y[i]));
}
