import { MARGINS_MM, PAGE_MM, mmToTwips } from './layout.ts';
import { paragraphXml } from './paragraphProperties.ts';
import { XML_DECLARATION, escapeXml, rootOpen } from './xml.ts';

/**
 * The fixed parts of a WordprocessingML package, parameterised only by which optional parts
 * (footnotes, comments) exist. Relationship ids here are the ones document.xml refers to.
 */
export interface PackageFeatures {
  footnotes: boolean;
  comments: boolean;
  trackRevisions?: boolean;
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

export function contentTypesXml(f: PackageFeatures): string {
  const override = (part: string, type: string) => `<Override PartName="/${part}" ContentType="${type}"/>`;
  return (
    `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    override('word/document.xml', `${CT}.document.main+xml`) +
    override('word/styles.xml', `${CT}.styles+xml`) +
    override('word/settings.xml', `${CT}.settings+xml`) +
    override('word/header1.xml', `${CT}.header+xml`) +
    override('word/header2.xml', `${CT}.header+xml`) +
    (f.footnotes ? override('word/footnotes.xml', `${CT}.footnotes+xml`) : '') +
    (f.comments ? override('word/comments.xml', `${CT}.comments+xml`) : '') +
    override('docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml') +
    '</Types>'
  );
}

export function rootRelsXml(): string {
  return (
    `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>` +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
    '</Relationships>'
  );
}

/** Ids used in document.xml: rIdHeaderDefault, rIdHeaderFirst. */
export function documentRelsXml(f: PackageFeatures): string {
  const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`;
  return (
    `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    rel('rIdStyles', 'styles', 'styles.xml') +
    rel('rIdSettings', 'settings', 'settings.xml') +
    rel('rIdHeaderDefault', 'header', 'header1.xml') +
    rel('rIdHeaderFirst', 'header', 'header2.xml') +
    (f.footnotes ? rel('rIdFootnotes', 'footnotes', 'footnotes.xml') : '') +
    (f.comments ? rel('rIdComments', 'comments', 'comments.xml') : '') +
    '</Relationships>'
  );
}

export function settingsXml(f: PackageFeatures): string {
  const footnotePr = f.footnotes ? '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>' : '';
  return (
    `${XML_DECLARATION}${rootOpen('settings')}<w:zoom w:percent="100"/>${f.trackRevisions ? '<w:trackRevisions/>' : ''}<w:defaultTabStop w:val="720"/>` +
    `<w:characterSpacingControl w:val="doNotCompress"/>${footnotePr}` +
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
    '</w:settings>'
  );
}

const PAGE_FIELD =
  '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>' +
  '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>';

/** header1.xml: the page number, top centre (pages 2 on); header2.xml: the empty first-page header. */
export function pageHeaderXml(withPageNumber: boolean): string {
  return `${XML_DECLARATION}${rootOpen('hdr')}${paragraphXml({ styleId: 'Header' }, withPageNumber ? PAGE_FIELD : '')}</w:hdr>`;
}

/**
 * How a section is laid out: A4 portrait by default; `landscape` turns the page (a wide annex
 * table); `continued` is a section after the first, whose pages go on numbering from the pages
 * before and carry the page number from their first page.
 */
export interface SectionLayout {
  landscape?: boolean;
  continued?: boolean;
}

/** The section properties: A4, 36-HD margins, a different (empty) first-page header. */
export function sectionPropertiesXml(layout: SectionLayout = {}): string {
  const m = MARGINS_MM;
  const [w, h] = layout.landscape ? [PAGE_MM.height, PAGE_MM.width] : [PAGE_MM.width, PAGE_MM.height];
  return (
    '<w:sectPr><w:headerReference w:type="default" r:id="rIdHeaderDefault"/><w:headerReference w:type="first" r:id="rIdHeaderFirst"/>' +
    `<w:pgSz w:w="${mmToTwips(w)}" w:h="${mmToTwips(h)}"${layout.landscape ? ' w:orient="landscape"' : ''}/>` +
    `<w:pgMar w:top="${mmToTwips(m.top)}" w:right="${mmToTwips(m.right)}" w:bottom="${mmToTwips(m.bottom)}" w:left="${mmToTwips(m.left)}" ` +
    `w:header="${mmToTwips(m.header)}" w:footer="${mmToTwips(m.footer)}" w:gutter="0"/>` +
    `${layout.continued ? '' : '<w:pgNumType w:start="1"/><w:titlePg/>'}</w:sectPr>`
  );
}

/** A paragraph that ends the first section (portrait, as every export's): what follows starts on a new page. */
export function sectionBreakXml(): string {
  return `<w:p><w:pPr>${sectionPropertiesXml()}</w:pPr></w:p>`;
}

export interface CoreProperties {
  title: string;
  creator?: string;
  /** ISO 8601 date-time; left out when absent so the output stays deterministic. */
  created?: string;
}

export function coreXml(p: CoreProperties): string {
  const created = p.created ? `<dcterms:created xsi:type="dcterms:W3CDTF">${escapeXml(p.created)}</dcterms:created>` : '';
  return (
    `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(p.title)}</dc:title>${p.creator ? `<dc:creator>${escapeXml(p.creator)}</dc:creator>` : ''}` +
    `<dc:language>vi-VN</dc:language>${created}</cp:coreProperties>`
  );
}

/** word/document.xml around a body. */
export function documentXml(body: string, lastSection: SectionLayout = {}): string {
  // Word wants a paragraph, not a table, right before the section properties.
  const closed = body.endsWith('</w:tbl>') || body === '' ? `${body}<w:p/>` : body;
  return `${XML_DECLARATION}${rootOpen('document')}<w:body>${closed}${sectionPropertiesXml(lastSection)}</w:body></w:document>`;
}
