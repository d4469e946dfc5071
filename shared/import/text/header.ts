/**
 * Recognises the header of a Party document (Hướng dẫn 36-HD/VPTW) in its first lines: the
 * superior body "ĐẢNG CỘNG SẢN VIỆT NAM", the issuing body (capitals, one or two lines) over its
 * asterisk line, "Số 01-BC/ĐU", "Hải Phòng, ngày … tháng … năm …", the document type, the title
 * and "DỰ THẢO". A line may hold two columns separated by a tab or a wide gap (a pasted header
 * table). Only the asterisk and dash decoration lines are left out; export draws them again.
 */
import { EMPTY_HEADER, type DocumentHeader } from '../../document/header.ts';
import { matchLabel } from './labels.ts';

export interface HeaderMatch {
  header: DocumentHeader;
  /** How many of the given lines belong to the header. */
  consumed: number;
}

const SUPERIOR = /^ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM$/u;
const ASTERISKS = /^\*+$/u;
const SEPARATOR = /^[-–—_=.]{3,}$/u;
const DRAFT = /^\(?\s*(DỰ\s+THẢO(?:\s+LẦN\s+\S+?)?)\s*\)?$/iu;
// Both are written so that a failing test is linear in the cell (as `\S*[-–]?\s*\S*\/` and
// `ngày\b.*tháng\b.*năm\b.*$` they backtracked quadratically: a 16 KB "Số aaa…" took 5.7 s).
// NUMBER: a "/" followed by a non-space within the first two words after "Số:".
const NUMBER = /^Số\s*:?\s*(?:[^\s/]*\/\S|\S+\s+[^\s/]*\/\S)/u;
// PLACE_DATE: the first "tháng" after "ngày", then the first "năm" after it, pinned by a
// lookahead and a back-reference (a lookahead is never re-entered), then the rest of the cell.
const PLACE_DATE = /^([^,]{2,40}),\s*(ngày\b(?=(.*?tháng\b))\3(?=(.*?năm\b))\4.*)$/u;
const DOC_TYPES =
  /^(BÁO CÁO|NGHỊ QUYẾT|CHƯƠNG TRÌNH|KẾ HOẠCH|THÔNG BÁO|THÔNG TRI|TỜ TRÌNH|QUYẾT ĐỊNH|CHỈ THỊ|KẾT LUẬN|HƯỚNG DẪN|QUY ĐỊNH|QUY CHẾ|ĐỀ ÁN|DIỄN VĂN|TÓM TẮT|THAM LUẬN|BIÊN BẢN|DANH SÁCH|LỜI KÊU GỌI)(\s|$)/u;
/** A line is a trigger when it can only be part of a header. */
const TRIGGERS = [SUPERIOR, NUMBER, PLACE_DATE];
const SEARCH_LINES = 8;
const MAX_LINES = 20;

const isUpper = (s: string) => /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);

/** The cells of a line: a tab or three or more spaces separate pasted table columns. */
function cells(line: string): string[] {
  return line
    .split(/\t|\s{3,}/u)
    .map((c) => c.trim().replace(/\s+/gu, ' '))
    .filter((c) => c !== '');
}

type CellKind = 'done' | 'unknown';

/** A title line: short, no numbering label, not ending a sentence (body paragraphs do). */
const isTitleLine = (cell: string) => cell.length < 250 && !matchLabel(cell) && !/[.;:!?]$/u.test(cell);

/** Puts one cell into the header; 'unknown' when the cell is not a header field. */
function takeCell(h: DocumentHeader, cell: string, titleLines: string[]): CellKind {
  if (SUPERIOR.test(cell)) h.superiorBody = cell;
  else if (ASTERISKS.test(cell) || SEPARATOR.test(cell)) return 'done';
  else if (DRAFT.test(cell)) h.draftLabel = DRAFT.exec(cell)![1];
  else if (!h.number && NUMBER.test(cell)) h.number = cell;
  else if (!h.date && PLACE_DATE.test(cell)) {
    const m = PLACE_DATE.exec(cell)!;
    h.place = m[1].trim();
    h.date = m[2].trim();
  } else if (!h.docType && DOC_TYPES.test(cell) && isUpper(cell)) h.docType = cell;
  else if (!h.docType && isUpper(cell)) h.issuingBody = h.issuingBody ? `${h.issuingBody}\n${cell}` : cell;
  else if (h.docType && titleLines.length < 3 && isTitleLine(cell)) titleLines.push(cell);
  else return 'unknown';
  return 'done';
}

/** The header at the start of `lines` (trimmed, non-empty), or null when there is none. */
export function recogniseHeader(lines: readonly string[]): HeaderMatch | null {
  const head = lines.slice(0, SEARCH_LINES).flatMap(cells);
  if (!head.some((c) => TRIGGERS.some((re) => re.test(c)))) return draftLabelOnly(lines[0]);
  const header: DocumentHeader = { ...EMPTY_HEADER, superiorBody: '' };
  const titleLines: string[] = [];
  let consumed = 0;
  for (const line of lines.slice(0, MAX_LINES)) {
    const before = { ...header };
    const titleCount = titleLines.length;
    const lineCells = cells(line);
    if (lineCells.some((c) => takeCell(header, c, titleLines) === 'unknown')) {
      Object.assign(header, before); // a line is the header's entirely or not at all
      titleLines.length = titleCount;
      break;
    }
    consumed++;
    // Dashes under the title close the header.
    if (header.docType && lineCells.some((c) => SEPARATOR.test(c))) break;
  }
  header.title = titleLines.join(' ');
  if (!header.superiorBody && !header.issuingBody) return null;
  return { header, consumed };
}

/**
 * A first line that is only "DỰ THẢO LẦN N", with no 36-HD header after it: the stamp an exported
 * draft without a header carries (main/services/jobs/exportJobs.ts withDraftLabel), read back as a
 * header holding only its draft label, so re-importing such a draft adds no body paragraph.
 */
function draftLabelOnly(first: string | undefined): HeaderMatch | null {
  const only = first === undefined ? [] : cells(first);
  if (only.length !== 1 || !DRAFT.test(only[0])) return null;
  const header: DocumentHeader = { ...EMPTY_HEADER, superiorBody: '', draftLabel: DRAFT.exec(only[0])![1] };
  return { header, consumed: 1 };
}
