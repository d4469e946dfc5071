export * from './targetFigure.ts';
export * from './parseVietnameseNumber.ts';
export * from './units.ts';
export * from './qualifiers.ts';
export * from './scanNumbers.ts';
export * from './yearMentions.ts';
export * from './extractFigures.ts';
export * from './targetFigures.ts';
