import { colourFor } from './presenceColours.ts';

/**
 * A person's colour, wherever they are drawn: their cursor, selection and avatar (stamped by the
 * server, stampPresence) and the suggestions they made (underlined, the card's edge). It is the
 * palette colour their display name hashes to, so every machine draws one person in one colour
 * without asking anyone, and a suggestion's `authorName` gives the colour its author's presence has.
 */
export function personColour(person: { displayName: string }): string {
  return colourFor(person.displayName);
}
