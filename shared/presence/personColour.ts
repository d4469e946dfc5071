import { colourFor } from './presenceColours.ts';

/**
 * A person's colour, wherever they are drawn: their cursor, selection and avatar (stamped by the
 * server, presenceStamp) and the suggestions they made (underlined, the card's edge). `account`
 * is the name the server records for them: a team member's account name, 'local' for a local
 * server's one person; the same that a suggestion's `author` holds. Keyed on it rather than on
 * the display name, the colour survives a renamed person, and a suggestion shown as an
 * organisation's (made from its comment) keeps the colour of the person who made it.
 */
export function personColour(account: string): string {
  return colourFor(account);
}
