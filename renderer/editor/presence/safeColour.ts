import { isPresenceColour } from '../../../shared/presence/presenceColours.ts';

/** A palette colour the server stamped, checked again here: anything else is drawn grey, never put in a style. */
export function safeColour(value: unknown): string {
  return isPresenceColour(value) ? value : '#5f6368';
}
