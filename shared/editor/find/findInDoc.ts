import type { Node } from 'prosemirror-model';
import { toNFC } from '../../text/normalize.ts';
import {
  appendBarrier,
  appendTokens,
  emptyTokens,
  keysOf,
  SPACE,
  type SearchTokens,
  type SyllableInfo,
} from '../../text/searchTokens.ts';

/**
 * Find in a document the way the project compares text: insensitive to case and to where the
 * tone mark sits ("hoà" finds "hòa", "uỷ" finds "ủy", "HOÀ" finds "hoà"), while â ă ê ô ơ ư đ
 * stay significant. A match is a run of whole tokens (syllables, white space, other characters)
 * inside one textblock; it never crosses a block, a hard break or a footnote marker. Runs of
 * white space match any white space. Unless `wholeSyllables`, the query's last syllable may be
 * the start of a longer syllable, so "phát tr" finds "phát triển" while it is being typed: its
 * letters without the tone must begin the document syllable's, and its tone, if typed, must be
 * that syllable's tone ("hoà" and "hòa" both find "hoàn"). With `ignoreDiacritics` every
 * diacritic is dropped ("phat trien" finds "phát triển").
 */

export interface FindOptions {
  ignoreDiacritics?: boolean;
  /** Match whole syllables only (what replacing needs: "hoà" must not replace half of "hoàn"). */
  wholeSyllables?: boolean;
}

/** A match as document positions; `doc.textBetween(from, to)` is the matched text. */
export interface FindMatch {
  from: number;
  to: number;
}

interface Query {
  kinds: number[];
  keys: string[];
  /** The last token when it is a syllable that may be a prefix; null otherwise. */
  prefix: SyllableInfo | null;
  ignoreDiacritics: boolean;
}

// Tokens of a textblock, offsets relative to the start of its content. Nodes are immutable, so
// an unchanged block keeps its tokens across edits and across queries.
const blockTokens = new WeakMap<Node, SearchTokens>();

/** Every match of `query` in `doc`, in document order, not overlapping. */
export function findInDoc(doc: Node, query: string, options: FindOptions = {}): FindMatch[] {
  return createFinder(query, options)(doc);
}

/**
 * A search for one query that remembers its matches per top-level block, so searching again
 * after an edit only looks at the blocks that changed.
 */
export function createFinder(query: string, options: FindOptions = {}): (doc: Node) => FindMatch[] {
  const parsed = parseQuery(query, options);
  const perBlock = new WeakMap<Node, FindMatch[]>();
  return (doc) => {
    const out: FindMatch[] = [];
    if (!parsed) return out;
    doc.forEach((block, offset) => {
      let found = perBlock.get(block);
      if (!found) {
        found = [];
        matchBlock(block, parsed, found);
        perBlock.set(block, found);
      }
      for (const m of found) out.push({ from: offset + m.from, to: offset + m.to });
    });
    return out;
  };
}

function parseQuery(query: string, options: FindOptions): Query | null {
  const tokens = emptyTokens();
  appendTokens(tokens, toNFC(query).trim(), 0);
  if (tokens.kinds.length === 0) return null;
  const ignoreDiacritics = options.ignoreDiacritics ?? false;
  const last = tokens.kinds.length - 1;
  const prefix = options.wholeSyllables ? null : tokens.infos[last];
  return { kinds: tokens.kinds, keys: keysOf(tokens, ignoreDiacritics), prefix, ignoreDiacritics };
}

/** Matches inside one top-level block (a textblock, or a table's cell paragraphs), relative to its start. */
function matchBlock(block: Node, query: Query, out: FindMatch[]): void {
  if (block.isTextblock) {
    matchTokens(tokensOf(block), query, 1, out);
    return;
  }
  block.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    matchTokens(tokensOf(node), query, pos + 2, out);
    return false;
  });
}

function tokensOf(textblock: Node): SearchTokens {
  let tokens = blockTokens.get(textblock);
  if (tokens) return tokens;
  tokens = emptyTokens();
  let run = '';
  let runStart = 0;
  textblock.forEach((child, offset) => {
    if (child.isText && !child.marks.some((mark) => mark.type.name === 'footnote_ref')) {
      if (run === '') runStart = offset;
      run += child.text;
      return;
    }
    // A hard break, a footnote marker or any other inline node interrupts the text.
    if (run) appendTokens(tokens, run, runStart);
    run = '';
    appendBarrier(tokens, offset);
  });
  if (run) appendTokens(tokens, run, runStart);
  blockTokens.set(textblock, tokens);
  return tokens;
}

function matchTokens(tokens: SearchTokens, query: Query, base: number, out: FindMatch[]): void {
  const keys = keysOf(tokens, query.ignoreDiacritics);
  const { kinds } = tokens;
  const n = query.kinds.length;
  const last = n - 1;
  for (let i = 0; i + n <= kinds.length; i++) {
    let j = 0;
    for (; j < n; j++) {
      const kind = kinds[i + j];
      if (kind !== query.kinds[j]) break;
      if (kind === SPACE || keys[i + j] === query.keys[j]) continue;
      if (j === last && query.prefix && startsWith(tokens.infos[i + j]!, query.prefix, query.ignoreDiacritics)) continue;
      break;
    }
    if (j < n) continue;
    out.push({ from: base + tokens.starts[i], to: base + tokens.ends[i + last] });
    i += last;
  }
}

/** Whether the document syllable `text` begins with the query's syllable (see the file comment). */
function startsWith(info: SyllableInfo, prefix: SyllableInfo, ignoreDiacritics: boolean): boolean {
  if (ignoreDiacritics) return info.fold.startsWith(prefix.fold);
  return info.bare.length > prefix.bare.length && info.bare.startsWith(prefix.bare) && (prefix.tone === '' || prefix.tone === info.tone);
}
