import type { Node } from 'prosemirror-model';
import { schema } from '../../../shared/editor/schema.ts';
import { EMPTY_HEADER } from '../../../shared/document/header.ts';

/**
 * A document built from a real corpus text (one paragraph per non-empty line), its literal
 * numbers taken off into labels the way the numbering module would derive them. Good enough to
 * feed the exporters real Vietnamese at real sizes; not an importer.
 */
const RECOGNISERS: [RegExp, string, number | null][] = [
  [/^([IVX]+)\.\s+/, 'section', null],
  [/^(\d+\.\d+\.\d+)\.\s+/, 'heading', 3],
  [/^(\d+\.\d+)\.\s+/, 'heading', 2],
  [/^(\d+)\.\s+/, 'heading', 1],
  [/^([a-zđ]\))\s+/, 'heading', 4],
  [/^(\(\d+\))\.?\s+/, 'target', null],
  [/^((?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười) là),\s*/, 'ordinal', null],
  [/^([-•])\s+/, 'bullet', null],
];

export function corpusReport(text: string, idPrefix = 'c'): { doc: Node; labels: (string | null)[]; lines: string[] } {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const blocks: Node[] = [schema.nodes.header.create({ ...EMPTY_HEADER, id: `${idPrefix}0`, issuingBody: 'ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG', docType: 'BÁO CÁO' })];
  const labels: (string | null)[] = [null];
  lines.forEach((line, i) => {
    const hit = RECOGNISERS.find(([re]) => re.test(line));
    const [re, type, level] = hit ?? [/^/, 'paragraph', null];
    const match = re.exec(line)!;
    const attrs = type === 'heading' ? { id: `${idPrefix}${i + 1}`, level } : { id: `${idPrefix}${i + 1}` };
    const rest = line.slice(match[0].length);
    blocks.push(schema.nodes[type].create(attrs, rest ? schema.text(rest) : null));
    labels.push(hit && type !== 'bullet' ? match[1] : null);
  });
  return { doc: schema.nodes.doc.create(null, blocks), labels, lines };
}
