/**
 * HTML as Word 2016+ puts it on the clipboard, built around lines of the real corpus: Office
 * namespaces, a <style> block and conditional comments in the head, MsoNormal paragraphs whose
 * source lines are wrapped (a newline instead of a space every ~70 characters), automatic list
 * labels in "mso-list:Ignore" spans padded with &nbsp;, empty <o:p> markers, a grid table.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// A path, not a URL: under jsdom, URL is jsdom's, which node:fs does not take.
const CORPUS = readFileSync(join(import.meta.dirname, '../../../../shared/corpus/thong-bao-nhanh-ket-qua-dai-hoi.txt'), 'utf8');

/** The corpus line that starts with `prefix` (a line is a paragraph there). */
export function corpusLine(prefix: string): string {
  const line = CORPUS.split('\n').find((l) => l.startsWith(prefix));
  if (!line) throw new Error(`no corpus line starts with ${prefix}`);
  return line.trim();
}

/** Word wraps its HTML source: a space becomes a newline after about 70 characters. */
export const wrap = (text: string) => text.replace(/(.{70,}?) /gu, '$1\n');

const esc = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

const HEAD = `<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="file:///C:/Users/VP/AppData/Local/Temp/msohtmlclip1/01/clip_filelist.xml">
<!--[if gte mso 9]><xml>
 <o:OfficeDocumentSettings>
  <o:AllowPNG/>
 </o:OfficeDocumentSettings>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:0cm;
	font-size:14.0pt;
	font-family:"Times New Roman",serif;}
p.MsoListParagraph
	{mso-style-priority:34;
	margin-left:36.0pt;}
-->
</style>
<!--[if gte mso 10]>
<style>
 table.MsoNormalTable
	{mso-style-name:"Table Normal";
	mso-tstyle-rowband-size:0;}
</style>
<![endif]-->
</head>

<body lang=EN-US style='tab-interval:36.0pt;word-wrap:break-word'>
<!--StartFragment-->
`;

const TAIL = `
<!--EndFragment-->
</body>

</html>
`;

/** A whole clipboard document around a fragment. */
export const wordClipboard = (fragment: string) => HEAD + fragment + TAIL;

/** A paragraph of one span, as Word writes an unformatted paragraph. */
export const para = (text: string, cls = 'MsoNormal') =>
  `<p class=${cls} style='text-align:justify;text-indent:36.0pt'><span lang=VI style='font-size:14.0pt;line-height:107%;
font-family:"Times New Roman",serif'>${wrap(esc(text))}<o:p></o:p></span></p>\n`;

/** The label span Word writes for an automatically numbered paragraph. */
export const listLabel = (label: string, font = '"Times New Roman",serif') =>
  `<![if !supportLists]><span lang=VI style='font-family:${font};mso-fareast-font-family:${font}'><span
style='mso-list:Ignore'>${label}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
</span></span></span><![endif]>`;

/** An automatically numbered paragraph: its label in the Ignore span, then its text. */
export const listPara = (label: string, html: string, font?: string) =>
  `<p class=MsoListParagraphCxSpMiddle style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'>${listLabel(label, font)}<span
lang=VI>${html}<o:p></o:p></span></p>\n`;

export const EMPTY = `<p class=MsoNormal><span lang=VI><o:p>&nbsp;</o:p></span></p>\n`;

/** A grid table of cells' HTML; a cell may be `{ html, colspan, rowspan }`. */
export function table(rows: (string | { html: string; colspan?: number; rowspan?: number })[][]): string {
  const cell = (c: string | { html: string; colspan?: number; rowspan?: number }) => {
    const { html, colspan, rowspan } = typeof c === 'string' ? { html: c } : c;
    const spans = `${colspan ? ` colspan=${colspan}` : ''}${rowspan ? ` rowspan=${rowspan}` : ''}`;
    return `  <td width=200${spans} valign=top style='width:150.0pt;border:solid windowtext 1.0pt;
  mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'>
  <p class=MsoNormal style='margin-bottom:0cm;line-height:normal'><span lang=VI>${html}<o:p></o:p></span></p>
  </td>\n`;
  };
  const trs = rows.map((row, i) => ` <tr style='mso-yfti-irow:${i}'>\n${row.map(cell).join('')} </tr>\n`).join('');
  return `<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0
 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;
 mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>
${trs}</table>\n`;
}
