/**
 * References that propose wording: "đề nghị sửa 'X' thành 'Y'" (replace), "bổ sung …" (add) and
 * "bỏ cụm từ …" (remove). A proposal's wording is the quotation right after its keyword, or else
 * the rest of its clause (to the next . ; ! ? or line break, at most MAX_CLAUSE characters).
 * Quotations that a proposal takes are `consumed`: they are not also plain quotes.
 */
import { foldText } from './foldText.ts';
import { keywordMatches, keywordOf, keywordPattern } from './keywordPattern.ts';
import type { QuotedSpan } from './quotedSpans.ts';
import type { Reference } from './references.ts';

const MAX_CLAUSE = 300;
/** How far before the first quotation "sửa" or "thay" may stand. */
const REPLACE_LEAD = 80;

const REPLACE_WORDS = ['sửa', 'thay', 'chỉnh', 'viết lại'];
const REPLACE_KEY = keywordPattern(REPLACE_WORDS);
const BETWEEN_WORDS = ['thành', 'bằng'];
const BETWEEN = new RegExp(`^\\s{0,3}(?:(${BETWEEN_WORDS.map(foldText).join('|')})|→|->|=>)\\s{0,3}$`, 'u');

/** What may stand between a keyword and its wording: "thêm cụm từ", "đoạn", "ý" … */
const FILLER = ['thêm', 'cụm từ', 'từ', 'chữ', 'câu', 'đoạn', 'ý', 'nội dung', 'đi', 'vào'].map(foldText).join('|');
const FILLERS = `(?:\\s{1,3}(?:${FILLER})(?![\\p{L}\\p{N}])){0,3}`;
const ADD = keywordPattern(['bổ sung'], FILLERS);
// A bare "bỏ" is too common ("bỏ sót", "từ bỏ"): it needs a filler word or a quotation after it.
const REMOVE = keywordPattern(['bỏ', 'loại bỏ', 'lược bỏ', 'xoá', 'xóa'], FILLERS);

export function wordingReferences(text: string, fold: string, quotes: QuotedSpan[]): { references: Reference[]; consumed: Set<QuotedSpan> } {
  const consumed = new Set<QuotedSpan>();
  const references = [...replacements(text, fold, quotes, consumed), ...proposals(text, fold, quotes, consumed)];
  return { references, consumed };
}

function replacements(text: string, fold: string, quotes: QuotedSpan[], consumed: Set<QuotedSpan>): Reference[] {
  const out: Reference[] = [];
  const leads = [...keywordMatches(fold, REPLACE_KEY)]
    .filter((m) => keywordOf(text.slice(m.index, m.index + m[0].length), REPLACE_WORDS))
    .map((m) => m.index);
  for (let i = 0; i + 1 < quotes.length; i++) {
    const [from, to] = [quotes[i], quotes[i + 1]];
    const between = BETWEEN.exec(fold.slice(from.to, to.from));
    if (!between || (between[1] && !keywordOf(text.slice(from.to, to.from).trim(), BETWEEN_WORDS))) continue;
    const lead = lastBefore(leads, from.from);
    if (lead < 0) continue;
    out.push({ kind: 'replace', value: from.value, replacement: to.value, from: lead, to: to.to });
    consumed.add(from).add(to);
    i++;
  }
  return out;
}

/** The last of the ascending `positions` in the REPLACE_LEAD characters before `at`, or -1. */
function lastBefore(positions: number[], at: number): number {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (positions[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && positions[lo - 1] >= at - REPLACE_LEAD ? positions[lo - 1] : -1;
}

function proposals(text: string, fold: string, quotes: QuotedSpan[], consumed: Set<QuotedSpan>): Reference[] {
  const out: Reference[] = [];
  const quoteAt = new Map(quotes.map((q) => [q.from, q]));
  for (const [pattern, kind, words] of [
    [ADD, 'add', ['bổ sung']],
    [REMOVE, 'remove', ['bỏ', 'loại bỏ', 'lược bỏ', 'xoá', 'xóa']],
  ] as const) {
    for (const m of keywordMatches(fold, pattern)) {
      if (!keywordOf(text.slice(m.index, m.index + m[1].length), words)) continue;
      const after = m.index + m[0].length;
      const quote = quoteAt.get(after + (text.slice(after, after + 4).length - text.slice(after, after + 4).trimStart().length));
      if (quote && !consumed.has(quote)) {
        consumed.add(quote);
        out.push({ kind, value: quote.value, from: m.index, to: quote.to });
        continue;
      }
      if (kind === 'remove' && m[0].length === m[1].length) continue; // a bare "bỏ" without a quotation
      const clause = clauseAfter(text, after);
      if (clause) out.push({ kind, value: clause.value, from: m.index, to: clause.to });
    }
  }
  return out;
}

/** The rest of the clause that starts at `from`: to . ; ! ? or a line break, bounded. */
const CLAUSE = new RegExp(`[^.;!?\\n]{0,${MAX_CLAUSE}}`, 'uy');

function clauseAfter(text: string, from: number): { value: string; to: number } | null {
  CLAUSE.lastIndex = from;
  const raw = CLAUSE.exec(text)?.[0] ?? '';
  const value = raw.trim().replace(/^[:,\s]+/u, '');
  if (!/[\p{L}\p{N}]/u.test(value)) return null;
  return { value, to: from + raw.trimEnd().length };
}
