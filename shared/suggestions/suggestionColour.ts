import { personColour } from '../presence/personColour.ts';

/**
 * The colour a suggestion is drawn in (its insertion underlined, its card's edge): its author's
 * presence colour, from the name the server recorded with it. A local server records no name
 * (`authorName` is ''), and its one person's suggestions are keyed by the account name instead.
 * (A structural type, not SuggestionJson: shared/rpc already imports shared/suggestions.)
 */
export function suggestionColour(suggestion: { author: string; authorName: string }): string {
  return personColour({ displayName: suggestion.authorName || suggestion.author });
}
