export * from './scheme.ts';
export * from './parseScheme.ts';
export * from './defaultScheme.ts';
export * from './formatCounter.ts';
export * from './vietnameseWords.ts';
export * from './compileScheme.ts';
export * from './numberBlocks.ts';
export * from './displayPrefix.ts';
