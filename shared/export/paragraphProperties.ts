import { BODY, lineMultipleToLine, mmToTwips, ptToHalfPoints, ptToTwips, type BlockLook } from './layout.ts';

/** Paragraph properties a style or a paragraph can carry, written in CT_PPr's child order. */
export interface ParagraphProps {
  styleId?: string;
  /** true: keep with the next paragraph; false: not, whatever the style says (`w:val="0"`). */
  keepNext?: boolean;
  /** Raw `<w:framePr>`: the paragraph floats in a frame (recipients beside the signature). */
  frameXml?: string;
  /** A bottom border of the paragraph (the rule under "ĐẢNG CỘNG SẢN VIỆT NAM"). */
  bottomRule?: boolean;
  spaceBeforePt?: number;
  spaceAfterPt?: number;
  lineMultiple?: number;
  firstLineTwips?: number;
  leftTwips?: number;
  rightTwips?: number;
  align?: 'both' | 'center' | 'left' | 'right';
  outlineLevel?: number;
  /** Raw `<w:rPr>` of the paragraph mark (tracked insertion/deletion of the mark). */
  markXml?: string;
  /** Raw `<w:pPrChange>`: the paragraph's properties before a tracked change of them (last in pPr). */
  changeXml?: string;
}

/** `<w:pPr>`; Word rejects children out of schema order, so the order here is fixed. */
export function paragraphPropertiesXml(p: ParagraphProps): string {
  let xml = '';
  if (p.styleId) xml += `<w:pStyle w:val="${p.styleId}"/>`;
  if (p.keepNext) xml += '<w:keepNext/>';
  else if (p.keepNext === false) xml += '<w:keepNext w:val="0"/>';
  if (p.frameXml) xml += p.frameXml;
  if (p.bottomRule) xml += '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>';
  if (p.spaceBeforePt !== undefined || p.spaceAfterPt !== undefined || p.lineMultiple !== undefined) {
    const before = p.spaceBeforePt !== undefined ? ` w:before="${ptToTwips(p.spaceBeforePt)}"` : '';
    const after = p.spaceAfterPt !== undefined ? ` w:after="${ptToTwips(p.spaceAfterPt)}"` : '';
    const line = p.lineMultiple !== undefined ? ` w:line="${lineMultipleToLine(p.lineMultiple)}" w:lineRule="auto"` : '';
    xml += `<w:spacing${before}${after}${line}/>`;
  }
  if (p.firstLineTwips !== undefined || p.leftTwips !== undefined || p.rightTwips !== undefined) {
    const left = p.leftTwips !== undefined ? ` w:left="${p.leftTwips}"` : '';
    const right = p.rightTwips !== undefined ? ` w:right="${p.rightTwips}"` : '';
    const first = p.firstLineTwips !== undefined ? ` w:firstLine="${p.firstLineTwips}"` : '';
    xml += `<w:ind${left}${right}${first}/>`;
  }
  if (p.align) xml += `<w:jc w:val="${p.align}"/>`;
  if (p.outlineLevel !== undefined) xml += `<w:outlineLvl w:val="${p.outlineLevel}"/>`;
  if (p.markXml) xml += p.markXml;
  if (p.changeXml) xml += p.changeXml;
  return xml ? `<w:pPr>${xml}</w:pPr>` : '';
}

/** Paragraph properties of a body block look (used for its style in styles.xml). */
export function lookParagraphProps(look: BlockLook): ParagraphProps {
  return {
    keepNext: look.keepNext,
    spaceBeforePt: look.spaceBeforePt,
    spaceAfterPt: BODY.spaceAfterPt,
    lineMultiple: BODY.lineMultiple,
    firstLineTwips: look.indent ? mmToTwips(BODY.firstLineIndentMm) : 0,
    align: look.align,
  };
}

/** `<w:rPr>` of a style from a look: emphasis and size in half-points. */
export function lookRunPropertiesXml(look: Pick<BlockLook, 'bold' | 'italic' | 'sizePt'>): string {
  const hp = ptToHalfPoints(look.sizePt);
  return `<w:rPr>${look.bold ? '<w:b/><w:bCs/>' : ''}${look.italic ? '<w:i/><w:iCs/>' : ''}<w:sz w:val="${hp}"/><w:szCs w:val="${hp}"/></w:rPr>`;
}

/** A paragraph from its properties and runs. */
export function paragraphXml(props: ParagraphProps, runsXml: string): string {
  return `<w:p>${paragraphPropertiesXml(props)}${runsXml}</w:p>`;
}
