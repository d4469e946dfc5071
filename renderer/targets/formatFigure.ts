import type { TargetFigure } from '../../shared/targets/index.ts';

const number = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 4 });

/** A figure's value as the table shows it: "13", "47 – 48", "55/67", in Vietnamese notation. */
export function formatFigureValue(figure: Pick<TargetFigure, 'value' | 'min' | 'max' | 'outOf'>): string {
  if (figure.outOf !== null) return `${number(figure.min)}/${number(figure.outOf)}`;
  if (figure.value !== null) return number(figure.value);
  return `${number(figure.min)} – ${number(figure.max)}`;
}

/** A figure's year: "2030", or "2026–2030" for a period. Empty when none. */
export function formatFigureYear(figure: Pick<TargetFigure, 'year' | 'yearFrom'>): string {
  if (figure.year === null) return '';
  return figure.yearFrom !== null ? `${figure.yearFrom}–${figure.year}` : String(figure.year);
}
