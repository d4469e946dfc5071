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

/** The heading of a recipients block. */
export const RECIPIENTS_HEADING = 'Nơi nhận:';
const HAS_RECIPIENTS_HEADING = /^\s*Nơi\s+nhận/iu;

/**
 * Everything printed before a block's own text: the number prefix, or for a recipients block
 * whose text does not start with "Nơi nhận:" (the importer keeps it as a label, not as text)
 * that heading on its own line.
 */
export function exportBlockPrefix(type: string | undefined, label: string | null | undefined, text: string): string {
  if (type === 'recipients') return HAS_RECIPIENTS_HEADING.test(text) ? '' : `${RECIPIENTS_HEADING}\n`;
  return exportNumberPrefix(type, label);
}
