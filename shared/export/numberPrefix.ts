/**
 * The literal number prefix printed before a numbered block on export, from the label computed
 * by shared/numbering ("II" → "II. ", "2.1" → "2.1. ", "a)" → "a) ", "(7)" → "(7) ",
 * "Một là" → "Một là, ", "Phần thứ nhất" → "Phần thứ nhất: "). Bullets print "- ".
 *
 * Private to export: written as literal text so that importers (ours in shared/import/, and
 * anyone's eye) recognise the numbering. Replace with the numbering module's own formatter
 * once it has one; the outputs above are the contract the export tests pin.
 */
export function exportNumberPrefix(type: string | undefined, label: string | null | undefined): string {
  const text = (label ?? '').trim();
  if (!text) return type === 'bullet' ? '- ' : '';
  if (type === 'part') return /[:.]$/.test(text) ? `${text} ` : `${text}: `;
  if (type === 'ordinal') return text.endsWith(',') ? `${text} ` : `${text}, `;
  if (type === 'bullet') return `${text} `;
  if (/[.)]$/.test(text)) return `${text} `;
  return `${text}. `;
}
