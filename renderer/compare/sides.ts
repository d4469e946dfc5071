import type { DraftSide } from '../../shared/rpc/draftContract.ts';

/** A side of a comparison as written in a route: a draft number, "working" (the live copy), or a checkpoint ("c2"). */
export function parseSide(text: string | undefined): DraftSide | null {
  if (text === 'working') return 'working';
  if (text && /^c[1-9]\d{0,8}$/.test(text)) return text as DraftSide;
  if (!text || !/^[1-9]\d*$/.test(text)) return null;
  return Number(text);
}

/** "3" or "làm việc"-style label: the draft number, or the given word for the working copy. */
export function sideLabel(side: DraftSide, workingWord: string): string {
  return side === 'working' ? workingWord : typeof side === 'string' ? `bản lưu ${side.slice(1)}` : String(side);
}

/**
 * The file name of a comparison exported to Word: "So sánh dự thảo 3-4 - Báo cáo chính trị.docx".
 * Characters Windows refuses in file names are replaced by "-".
 */
export function comparisonFileName(left: DraftSide, right: DraftSide, title: string, workingWord = 'bản làm việc'): string {
  const name = `So sánh dự thảo ${sideLabel(left, workingWord)}-${sideLabel(right, workingWord)}${title ? ` - ${title}` : ''}`;
  return `${name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '-').trim()}.docx`;
}
