import { strToU8, zipSync, type Zippable } from 'fflate';
import { coreXml, contentTypesXml, documentRelsXml, documentXml, pageHeaderXml, rootRelsXml, settingsXml, type CoreProperties, type SectionLayout } from './packageParts.ts';
import { stylesXml } from './stylesXml.ts';

/** The MIME type of a .docx file, for downloads and HTTP replies. */
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** What differs between one exported .docx and another; everything else is fixed. */
export interface DocxContent {
  body: string;
  core: CoreProperties;
  footnotesXml?: string;
  commentsXml?: string;
  /** Turn on Track Changes, so a reviewer's own edits are tracked too. */
  trackRevisions?: boolean;
  /** The layout of the body's last section, when the body ends a first one (sectionBreakXml) and turns the page. */
  lastSection?: SectionLayout;
}

// A fixed timestamp inside the zip so the same document always gives the same bytes.
const ZIP_TIME = new Date(Date.UTC(2000, 0, 1));

/** A complete .docx package as bytes: every part in UTF-8, deflated. */
export function docxPackage(content: DocxContent): Uint8Array {
  const features = {
    footnotes: content.footnotesXml !== undefined,
    comments: content.commentsXml !== undefined,
    trackRevisions: content.trackRevisions === true,
  };
  const parts: Record<string, string> = {
    '[Content_Types].xml': contentTypesXml(features),
    '_rels/.rels': rootRelsXml(),
    'docProps/core.xml': coreXml(content.core),
    'word/document.xml': documentXml(content.body, content.lastSection),
    'word/_rels/document.xml.rels': documentRelsXml(features),
    'word/styles.xml': stylesXml(),
    'word/settings.xml': settingsXml(features),
    'word/header1.xml': pageHeaderXml(true),
    'word/header2.xml': pageHeaderXml(false),
  };
  if (content.footnotesXml !== undefined) parts['word/footnotes.xml'] = content.footnotesXml;
  if (content.commentsXml !== undefined) parts['word/comments.xml'] = content.commentsXml;
  const zippable: Zippable = {};
  for (const [path, xml] of Object.entries(parts)) zippable[path] = [strToU8(xml), { level: 6, mtime: ZIP_TIME }];
  return zipSync(zippable);
}
