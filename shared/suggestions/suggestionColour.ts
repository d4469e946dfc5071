import { personColour } from '../presence/personColour.ts';

/**
 * The colour a suggestion is drawn in (its insertion underlined, its card's edge): its author's
 * presence colour, from the account name the server recorded with it (`author`; never the name
 * shown, which is an organisation's for one made from its comment).
 * (A structural type, not SuggestionJson: shared/rpc already imports shared/suggestions.)
 */
export function suggestionColour(suggestion: { author: string }): string {
  return personColour(suggestion.author);
}
