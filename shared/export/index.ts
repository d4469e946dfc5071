export { exportDocx, documentTitle, type ExportDocxOptions } from './exportDocx.ts';
export { exportText } from './exportText.ts';
export { exportComparisonDocx, type ExportComparisonOptions } from './exportComparisonDocx.ts';
export type { ComparisonRow, ComparisonSide, ComparisonToken, ComparisonOp } from './comparisonRow.ts';
export { HEADER_TABLE_CAPTION } from './headerBlockXml.ts';
export { DOCX_MIME } from './docxPackage.ts';
