import { allBlockStyles, type BlockStyle } from './blockStyles.ts';
import { BODY, FONT, HEADER_TYPE, LANGUAGE, PAGE_NUMBER, TABLE, ptToHalfPoints } from './layout.ts';
import { lookParagraphProps, lookRunPropertiesXml, paragraphPropertiesXml, type ParagraphProps } from './paragraphProperties.ts';
import { XML_DECLARATION, escapeXml, rootOpen } from './xml.ts';

/** Styles that are not body blocks: header cells, document type, title, tables, page numbers. */
const EXTRA: { styleId: string; name: string; p: ParagraphProps; r: { bold?: boolean; sizePt: number } }[] = [
  { styleId: 'VkHeaderCell', name: 'VK Header Cell', p: { spaceBeforePt: 0, spaceAfterPt: 0, lineMultiple: 1, firstLineTwips: 0, align: 'center' }, r: { sizePt: 14 } },
  { styleId: 'VkDocType', name: 'VK Document Type', p: { keepNext: true, spaceBeforePt: 18, spaceAfterPt: 0, lineMultiple: 1, firstLineTwips: 0, align: 'center' }, r: HEADER_TYPE.docType },
  { styleId: 'VkTitle', name: 'VK Title', p: { keepNext: true, spaceBeforePt: 0, spaceAfterPt: 6, lineMultiple: 1, firstLineTwips: 0, align: 'center' }, r: HEADER_TYPE.title },
  { styleId: 'VkTableText', name: 'VK Table Text', p: { spaceBeforePt: 0, spaceAfterPt: 0, lineMultiple: 1, firstLineTwips: 0, align: 'left' }, r: TABLE },
  { styleId: 'Header', name: 'header', p: { spaceBeforePt: 0, spaceAfterPt: 0, lineMultiple: 1, firstLineTwips: 0, align: 'center' }, r: PAGE_NUMBER },
];

function paragraphStyleXml(styleId: string, name: string, pPr: string, rPr: string, outline: boolean): string {
  const isDefault = styleId === 'Normal' ? ' w:default="1"' : '';
  const basedOn = styleId === 'Normal' ? '' : '<w:basedOn w:val="Normal"/>';
  const next = outline ? '<w:next w:val="Normal"/>' : '';
  return `<w:style w:type="paragraph"${isDefault} w:styleId="${styleId}"><w:name w:val="${escapeXml(name)}"/>${basedOn}${next}<w:qFormat/>${pPr}${rPr}</w:style>`;
}

function blockStyleXml(style: BlockStyle): string {
  const pPr = paragraphPropertiesXml({ ...lookParagraphProps(style.look), outlineLevel: style.outlineLevel });
  return paragraphStyleXml(style.styleId, style.name, pPr, lookRunPropertiesXml(style.look), style.outlineLevel !== undefined);
}

const DOC_DEFAULTS =
  `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}" w:eastAsia="${FONT}" w:cs="${FONT}"/>` +
  `<w:sz w:val="${ptToHalfPoints(BODY.sizePt)}"/><w:szCs w:val="${ptToHalfPoints(BODY.sizePt)}"/><w:lang w:val="${LANGUAGE}" w:eastAsia="${LANGUAGE}" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
  '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>';

const CHARACTER_AND_TABLE_STYLES =
  '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>' +
  '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>' +
  '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>' +
  '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>';

/** word/styles.xml: Times New Roman, Vietnamese, body size from layout.ts, one style per block kind. */
export function stylesXml(): string {
  const styles = [
    ...allBlockStyles().map(blockStyleXml),
    ...EXTRA.map((s) => paragraphStyleXml(s.styleId, s.name, paragraphPropertiesXml(s.p), lookRunPropertiesXml(s.r), false)),
  ];
  return `${XML_DECLARATION}${rootOpen('styles')}${DOC_DEFAULTS}${CHARACTER_AND_TABLE_STYLES}${styles.join('')}</w:styles>`;
}
