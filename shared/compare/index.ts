export * from './types.ts';
export { compareBlocks, alignGroups, countStats, type CompareOptions } from './compareBlocks.ts';
export { toCliJson, type CliComparison, type CliChange } from './cliJson.ts';
export { diffText } from './diffText.ts';
export { classifyHunk } from './classifyHunk.ts';
export { parseVnNumber } from './vnNumber.ts';
export { alignAcross, chainOfId, type Lineage } from './alignAcross.ts';
export { synopsis, type SynopsisColumn } from './synopsis.ts';
export { targetsAcrossDrafts, type TargetRow, type TargetCell } from './targetsAcrossDrafts.ts';
