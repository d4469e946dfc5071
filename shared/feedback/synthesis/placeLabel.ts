import type { ItemPlace } from './synthesisTypes.ts';

const SECTION_CHARS = 40;

/**
 * Where in the draft, as a compiler writes it in the annex: "Mục I, (3)", "Mục II, đoạn 2",
 * "Mục I" (the heading itself), "Phần mở đầu, đoạn 1"; an unnumbered section by its first words.
 */
export function placeLabel(place: ItemPlace | null): string {
  if (!place) return 'Chưa gắn vị trí';
  const section = place.sectionId === null
    ? 'Phần mở đầu'
    : `Mục ${place.sectionNumber ?? (place.sectionLabel.length > SECTION_CHARS ? `${place.sectionLabel.slice(0, SECTION_CHARS - 1)}…` : place.sectionLabel)}`;
  if (place.sectionId !== null && place.paragraphInSection === 0) return section;
  return `${section}, ${place.blockNumber ?? `đoạn ${place.paragraphInSection}`}`;
}
