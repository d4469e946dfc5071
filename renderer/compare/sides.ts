import type { DraftSide } from '../../shared/rpc/draftContract.ts';

/** A side of a comparison as written in a route: a draft number, "working" (the live copy), or a checkpoint ("c2"). */
export function parseSide(text: string | undefined): DraftSide | null {
  if (text === 'working') return 'working';
  if (text && /^c[1-9]\d{0,8}$/.test(text)) return text as DraftSide;
  if (!text || !/^[1-9]\d*$/.test(text)) return null;
  return Number(text);
}

/** The label and file name of a comparison's sides are shared with the server's export. */
export { comparisonFileName, sideLabel } from '../../shared/export/comparisonFileName.ts';
