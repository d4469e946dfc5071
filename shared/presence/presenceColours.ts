import { compareKey } from '../text/normalize.ts';

/**
 * The colours a person's cursor, selection and avatar may have. The server keeps a colour a
 * client asks for only when it is one of these (so a colour is never CSS someone wrote:
 * "red;background:url(x)" is refused), and otherwise gives the person the one their name hashes to.
 * Each is dark enough for white initials on it (WCAG AA for large text).
 */
export const PRESENCE_COLOURS = ['#b3261e', '#1a73e8', '#188038', '#b06000', '#9334e6', '#007b83', '#c2185b', '#5f6368'] as const;

const STRICT_HEX = /^#[0-9a-f]{6}$/;

/** Whether `value` is one of PRESENCE_COLOURS (checked as a strict lower-case #rrggbb first). */
export function isPresenceColour(value: unknown): value is string {
  return typeof value === 'string' && STRICT_HEX.test(value) && (PRESENCE_COLOURS as readonly string[]).includes(value);
}

/**
 * The palette colour a key (a person's name) hashes to: the same on every machine, and for every
 * spelling compareKey makes one ("Hoà" and "Hòa", NFC or not, any case).
 */
export function colourFor(key: string): string {
  let hash = 0;
  for (const ch of compareKey(key)) hash = (Math.imul(hash, 31) + ch.codePointAt(0)!) | 0;
  return PRESENCE_COLOURS[Math.abs(hash) % PRESENCE_COLOURS.length];
}
