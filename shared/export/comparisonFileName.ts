/** A side of a comparison: a draft number, the working copy, or a checkpoint ("c2"). */
export type ComparedSide = number | 'working' | `c${number}`;

/** "3", the given word for the working copy, or "bản lưu 2" for a checkpoint. */
export function sideLabel(side: ComparedSide, workingWord: string): string {
  return side === 'working' ? workingWord : typeof side === 'string' ? `bản lưu ${side.slice(1)}` : String(side);
}

/**
 * The file name of a comparison exported to Word: "So sánh dự thảo 3-4 - Báo cáo chính trị.docx".
 * Characters Windows refuses in file names are replaced by "-".
 */
export function comparisonFileName(left: ComparedSide, right: ComparedSide, title: string, workingWord = 'bản làm việc'): string {
  const name = `So sánh dự thảo ${sideLabel(left, workingWord)}-${sideLabel(right, workingWord)}${title ? ` - ${title}` : ''}`;
  return `${name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '-').trim()}.docx`;
}
