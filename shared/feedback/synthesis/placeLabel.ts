import type { ItemPlace } from './synthesisTypes.ts';

const SECTION_CHARS = 40;

function blockLabel(place: ItemPlace): string {
  if (place.blockNumber && place.blockType === 'heading') return `tiểu mục ${place.blockNumber}`;
  if (place.blockNumber && place.blockType === 'target') return `chỉ tiêu ${place.blockNumber}`;
  return place.blockNumber ?? `đoạn ${place.paragraph}`;
}

/**
 * Where in the draft, as a compiler writes it in the annex: "Mục I" (the section heading itself),
 * "Mục I, tiểu mục 1.1", "Mục I, tiểu mục 2, chỉ tiêu (3)", "Mục II, tiểu mục 1, đoạn 2", "Phần mở
 * đầu, đoạn 1"; an unnumbered section by its first words. A paragraph is counted from the nearest
 * numbered heading above it (or the section's heading).
 */
export function placeLabel(place: ItemPlace | null): string {
  if (!place) return 'Chưa gắn vị trí';
  const section = place.sectionId === null
    ? 'Phần mở đầu'
    : `Mục ${place.sectionNumber ?? (place.sectionLabel.length > SECTION_CHARS ? `${place.sectionLabel.slice(0, SECTION_CHARS - 1)}…` : place.sectionLabel)}`;
  if (place.sectionId !== null && place.blockId === place.sectionId) return section;
  const parts = [section];
  if (place.headingNumber && place.paragraph > 0) parts.push(`tiểu mục ${place.headingNumber}`);
  parts.push(blockLabel(place));
  return parts.join(', ');
}
