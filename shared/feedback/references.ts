/**
 * The references a comment makes to the draft it is about: "trang 5, dòng 3", "mục II.3",
 * "tiểu mục 2.1", "điểm a", "Phần thứ hai", "chỉ tiêu (7)", "Một là", quoted wording (“…”, "…",
 * '…'), "đề nghị sửa '…' thành '…'", "bổ sung …", "bỏ cụm từ …", and which document it is about
 * (Báo cáo chính trị, Nghị quyết …). Keywords are recognised whatever their case and tone-mark
 * placement ("MỤC", "Chỉ tiêu", "Bổ sung", "thuỷ"/"thủy"); a wording is kept as written.
 * Linear in the text's length (see keywordPattern.ts and quotedSpans.ts).
 */
import type { DOCUMENT_KINDS } from '../document/documentKinds.ts';

type DocumentKind = (typeof DOCUMENT_KINDS)[number];
import { foldText } from './foldText.ts';
import { keywordMatches, keywordOf, keywordPattern } from './keywordPattern.ts';
import { type QuotedSpan, quotedSpans } from './quotedSpans.ts';
import { outlineReferences } from './outlineReferences.ts';
import { wordingReferences } from './wordingReferences.ts';

export type ReferenceKind =
  | 'page'
  | 'line'
  | 'part'
  | 'section'
  | 'subsection'
  | 'point'
  | 'target'
  | 'ordinal'
  | 'quote'
  | 'replace'
  | 'add'
  | 'remove'
  | 'document';

/**
 * One reference, with where it is written in the comment (`from`, `to`: offsets in the NFC text).
 * `value` is normalised where it names a place: page and line "5"; part "Phần thứ hai"; section
 * "II.3" or "2" (roman numerals in capitals, as the draft's numbering writes them); subsection
 * "2.1"; point "a"; target "(7)"; ordinal "Một là"; document a DocumentKind. A wording (quote,
 * replace, add, remove) is the text as written, trimmed; `replacement` is what a replace proposes.
 */
export interface Reference {
  kind: ReferenceKind;
  value: string;
  replacement?: string;
  from: number;
  to: number;
}

/** Every reference in a comment, in the order they are written. */
export function recogniseReferences(comment: string): Reference[] {
  const text = comment.normalize('NFC');
  const fold = foldText(text);
  const quotes = quotedSpans(text);
  const { references: wording, consumed } = wordingReferences(text, fold, quotes);
  const refs: Reference[] = [
    ...pagesAndLines(text, fold),
    ...outlineReferences(text, fold),
    ...documentReferences(text, fold),
    ...wording,
    ...quotes.filter((q) => !consumed.has(q)).map((q: QuotedSpan): Reference => ({ kind: 'quote', value: q.value, from: q.from, to: q.to })),
  ];
  return refs.sort((a, b) => a.from - b.from || a.to - b.to);
}

const PAGE = keywordPattern(['trang'], `\\s{0,3}(?:${foldText('số')}\\s{0,3})?(\\d{1,4})(?!\\p{N})`);
const LINE = keywordPattern(['dòng'], `\\s{0,3}(?:(?:${foldText('thứ')}|${foldText('số')})\\s{0,3})?(\\d{1,4})(?!\\p{N})`);

function pagesAndLines(text: string, fold: string): Reference[] {
  const out: Reference[] = [];
  for (const [pattern, kind, word] of [[PAGE, 'page', 'trang'], [LINE, 'line', 'dòng']] as const) {
    for (const m of keywordMatches(fold, pattern)) {
      if (!keywordOf(text.slice(m.index, m.index + m[1].length), [word])) continue;
      out.push({ kind, value: String(Number(m[2])), from: m.index, to: m.index + m[0].length });
    }
  }
  return out;
}

const DOCUMENT_NAMES: Record<string, DocumentKind> = {
  'báo cáo chính trị': 'political_report',
  'báo cáo kiểm điểm': 'review_report',
  'nghị quyết': 'resolution',
  'chương trình hành động': 'action_programme',
};
// "Nghị quyết 226/2025/QH15", "Nghị quyết số 57" name another resolution, not the draft.
const DOCUMENT = keywordPattern(Object.keys(DOCUMENT_NAMES), `(?!\\s{0,3}(?:${foldText('số')}(?![\\p{L}])|\\d))`);

function documentReferences(text: string, fold: string): Reference[] {
  const out: Reference[] = [];
  for (const m of keywordMatches(fold, DOCUMENT)) {
    const name = keywordOf(text.slice(m.index, m.index + m[1].length), Object.keys(DOCUMENT_NAMES));
    if (name) out.push({ kind: 'document', value: DOCUMENT_NAMES[name], from: m.index, to: m.index + m[1].length });
  }
  return out;
}
