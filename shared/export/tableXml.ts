/**
 * Table building blocks shared by the header table, the closing (recipients + signature) table
 * and content tables. Widths are in twips, the table layout is fixed so Word and LibreOffice give
 * the columns exactly these widths.
 */

const NO_BORDERS = '<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>';
const SINGLE_BORDERS =
  '<w:tblBorders>' +
  ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`).join('') +
  '</w:tblBorders>';

export interface TableOptions {
  widths: number[];
  borders: boolean;
  /** Left and right cell margins in twips (Word's default is 108). */
  cellMarginTwips?: number;
  /** A caption Word keeps in tblPr (alt text); tells an importer which table this is. */
  caption?: string;
  /** The first rows are the table's heading, repeated at the top of every page it runs onto. */
  headerRows?: number;
}

/** One cell: its width, an optional horizontal span, and its paragraphs' XML. */
export interface CellXml {
  width: number;
  span?: number;
  content: string;
}

export function tableXml(options: TableOptions, rows: CellXml[][]): string {
  const total = options.widths.reduce((a, b) => a + b, 0);
  const caption = options.caption ? `<w:tblCaption w:val="${options.caption}"/>` : '';
  const margin = options.cellMarginTwips ?? 108;
  const cellMar = `<w:tblCellMar><w:left w:w="${margin}" w:type="dxa"/><w:right w:w="${margin}" w:type="dxa"/></w:tblCellMar>`;
  const tblPr =
    `<w:tblPr><w:tblW w:w="${total}" w:type="dxa"/>${options.borders ? SINGLE_BORDERS : NO_BORDERS}` +
    `<w:tblLayout w:type="fixed"/>${cellMar}<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>${caption}</w:tblPr>`;
  const grid = `<w:tblGrid>${options.widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  const borders = options.borders ? CELL_BORDERS : '';
  const heading = options.headerRows ?? 0;
  const rowPr = (i: number) => (i < heading ? '<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>' : '');
  const body = rows.map((cells, i) => `<w:tr>${rowPr(i)}${cells.map((c) => cellXml(c, borders)).join('')}</w:tr>`).join('');
  return `<w:tbl>${tblPr}${grid}${body}</w:tbl>`;
}

// LibreOffice draws table borders only when cells carry them too, so both levels say so.
const CELL_BORDERS =
  '<w:tcBorders>' + ['top', 'left', 'bottom', 'right'].map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`).join('') + '</w:tcBorders>';

function cellXml(cell: CellXml, borders: string): string {
  const span = cell.span && cell.span > 1 ? `<w:gridSpan w:val="${cell.span}"/>` : '';
  // A cell must end with a paragraph, even an empty one.
  const content = cell.content.endsWith('</w:p>') ? cell.content : `${cell.content}<w:p/>`;
  return `<w:tc><w:tcPr><w:tcW w:w="${cell.width}" w:type="dxa"/>${span}${borders}</w:tcPr>${content}</w:tc>`;
}

/** Splits a total width into columns by shares, the last column taking the rounding rest. */
export function splitWidth(total: number, shares: number[]): number[] {
  const widths = shares.slice(0, -1).map((s) => Math.round(total * s));
  widths.push(total - widths.reduce((a, b) => a + b, 0));
  return widths;
}
