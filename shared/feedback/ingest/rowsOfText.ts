/**
 * Pasted text as comments: one per numbered point, bullet or paragraph (a blank line, or a line
 * starting "1.", "1)", "a)", "-", "+", "•", "Một là," starts a new one). Paragraph numbers are the
 * 1-based index of each comment's first line among the text's non-blank lines.
 */
import type { FeedbackRow } from './feedbackRow.ts';

const STARTS_POINT = /^\s*(?:\d+(?:\.\d+)*[.)]|[a-zđ][)]|[-+•–*]|(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười) là,)\s*/iu;

export function rowsOfText(text: string, source: string | null): FeedbackRow[] {
  const rows: FeedbackRow[] = [];
  let current: FeedbackRow | null = null;
  let line = 0;
  for (const raw of text.normalize('NFC').split(/\r\n|\r|\n/u)) {
    if (raw.trim() === '') { current = null; continue; }
    line += 1;
    const point = STARTS_POINT.exec(raw);
    const body = (point ? raw.slice(point[0].length) : raw).trim();
    if (body === '') continue;
    if (current && !point) { current.text = `${current.text} ${body}`; continue; }
    current = { text: body, source, document: null, location: null, sheet: null, row: null, paragraph: line };
    rows.push(current);
  }
  return rows;
}
