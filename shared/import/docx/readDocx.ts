/**
 * Imports a .docx: paragraphs, tables and footnotes of word/document.xml, recognised like any
 * text (typed labels removed, Word numbering read from numbering.xml), legacy fonts converted.
 * A header table at the top (the two-column "ĐẢNG CỘNG SẢN VIỆT NAM" table) is read as lines so
 * the header recogniser sees it. Footnote blocks follow the body. A body with one paragraph per
 * printed line (a PDF converted to .docx) is joined back into paragraphs first.
 */
import { buildDoc } from '../buildDoc.ts';
import type { NumberingScheme } from '../../numbering/scheme.ts';
import { importResult, type ImportResult } from '../importResult.ts';
import type { ImportWarning, Run } from '../model.ts';
import { plainText } from '../runs.ts';
import { recogniseItems } from '../recogniseItems.ts';
import { child, parseXml, XmlError, XmlLimitError, type XmlBudget, type XmlElement } from '../xml.ts';
import { IMPORT_LIMITS } from '../limits.ts';
import { malformedDocx, tooComplex } from '../importErrors.ts';
import { HARD_WRAP_JOINED } from '../text/unwrapPdfText.ts';
import { openPackage } from './openPackage.ts';
import { readFootnotes } from './readFootnotes.ts';
import { readNumbering } from './numbering.ts';
import { paragraphIndent, readParagraph, type DocxContext } from './readParagraph.ts';
import { readStyles } from './styles.ts';
import { readTable } from './readTable.ts';
import { unwrapParagraphs, type BodyItem } from './unwrapParagraphs.ts';

const SUPERIOR = /ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM/u;

const STAMP = /^DỰ\s+THẢO(?:\s+LẦN\s+\S+)?$/iu;

/** A table holding only "DỰ THẢO LẦN N": the header of an exported draft that had no other header field. */
const isStampOnly = (lines: readonly Run[][]) => lines.length === 1 && STAMP.test(plainText(lines[0]).trim());

/** Body elements in order, looking through content controls. */
function bodyElements(el: XmlElement, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.name === 'w:p' || c.name === 'w:tbl') out.push(c);
    else if (c.name === 'w:sdt' || c.name === 'w:sdtContent' || c.name === 'w:customXml') bodyElements(c, out);
  }
  return out;
}

/** Body items in order; only the body's own paragraphs carry an indent (see BodyItem). */
function readItems(body: XmlElement, ctx: DocxContext): BodyItem[] {
  const items: BodyItem[] = [];
  for (const el of bodyElements(body)) {
    if (el.name === 'w:p') {
      items.push({ item: readParagraph(el, ctx), indent: paragraphIndent(el) });
      continue;
    }
    const table = readTable(el, ctx);
    const atTop = items.every(({ item }) => item.kind === 'para' && plainText(item.runs).trim() === '');
    const cellLines = table.rows.flatMap((row) => row.flatMap((cell) => cell.paragraphs));
    if (atTop && (cellLines.some((runs) => SUPERIOR.test(plainText(runs))) || isStampOnly(cellLines))) {
      // The header table (or an exported draft's stamp alone): its lines go to the header recogniser; unrecognised ones stay as text.
      for (const runs of cellLines) items.push({ item: { kind: 'para', runs }, indent: null });
    } else items.push({ item: table, indent: null });
  }
  return items;
}

function parsePart(xml: string | null, fileName: string, part: string, budget: XmlBudget): XmlElement | null {
  if (xml === null) return null;
  try {
    return parseXml(xml, budget);
  } catch (error) {
    if (error instanceof XmlLimitError) {
      const why = error.limit === 'depth'
        ? `${part} lồng sâu quá ${IMPORT_LIMITS.xmlDepth} tầng`
        : `các phần có hơn ${IMPORT_LIMITS.xmlElements.toLocaleString('vi-VN')} phần tử XML`;
      throw tooComplex(fileName, why);
    }
    if (error instanceof XmlError) throw malformedDocx(fileName, `${part} không hợp lệ`);
    throw error;
  }
}

/** Reads a .docx; `base` is the document's current numbering scheme (see sourceNumbering). */
export function readDocx(bytes: Uint8Array, fileName: string, base?: NumberingScheme): ImportResult {
  const parts = openPackage(bytes, fileName);
  // Every part is parsed before any is read: what the readers walk recursively is within budget.
  const budget: XmlBudget = { maxDepth: IMPORT_LIMITS.xmlDepth, elementsLeft: IMPORT_LIMITS.xmlElements };
  const document = parsePart(parts.document, fileName, 'word/document.xml', budget)!;
  const styles = parsePart(parts.styles, fileName, 'word/styles.xml', budget);
  const numbering = parsePart(parts.numbering, fileName, 'word/numbering.xml', budget);
  const footnotesXml = parsePart(parts.footnotes, fileName, 'word/footnotes.xml', budget);
  const body = child(document, 'w:body');
  if (!body) throw malformedDocx(fileName, 'thiếu w:body');
  const ctx: DocxContext = {
    fileName,
    styles: readStyles(styles),
    numbering: readNumbering(numbering),
    footnoteOrder: new Map(),
    legacyFonts: new Set(),
    skippedWithText: 0,
  };
  const bodyItems = readItems(body, ctx);
  const unwrapped = unwrapParagraphs(bodyItems);
  const items = unwrapped ?? bodyItems.map(({ item }) => item);
  const footnotes = readFootnotes(footnotesXml, ctx);
  const { header, blocks } = recogniseItems(items);
  const warnings: ImportWarning[] = [];
  if (unwrapped) warnings.push({ ...HARD_WRAP_JOINED });
  if (ctx.legacyFonts.size > 0) {
    warnings.push({
      code: 'legacy_font_converted',
      message: `Đã chuyển mã chữ Việt từ phông cũ (${[...ctx.legacyFonts].sort().join(', ')}) sang Unicode. Hãy rà soát lại các chữ có dấu.`,
    });
  }
  if (ctx.skippedWithText > 0) {
    warnings.push({
      code: 'content_skipped',
      message: `Có ${ctx.skippedWithText} hình vẽ hoặc khung văn bản (text box) chứa chữ không được nhập. Hãy chép nội dung của chúng vào văn bản nếu cần.`,
    });
  }
  return importResult(buildDoc(header, [...blocks, ...footnotes]), warnings, base);
}
