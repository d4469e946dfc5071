import { describe, expect, it } from 'vitest';
import { personColour } from '../../../shared/presence/personColour.ts';
import { colourFor, PRESENCE_COLOURS } from '../../../shared/presence/presenceColours.ts';
import { stampPresence } from '../../../shared/presence/stampPresence.ts';
import { suggestionColour } from '../../../shared/suggestions/suggestionColour.ts';

/** The colour the server stamps on a connection of `person`, whatever colour the client asked for. */
function stampedColour(person: { displayName: string; initials: string }, asked: unknown): string {
  const states = new Map<number, unknown>([[1, { user: { color: asked } }]]);
  stampPresence(states, person, () => false);
  return (states.get(1) as { user: { color: string } }).user.color;
}

describe('suggestionColour', () => {
  it.each([
    ['binh', 'Trần Thị Bình', 'TB'],
    ['an', 'Nguyễn Văn An', 'NA'],
    ['hoa', 'Lê Thị Hoà', 'LH'],
    ['thuy', 'Phạm Thủy', 'PT'],
  ])("draws %s's suggestions in the colour the server stamps on their presence (%s)", (login, displayName, initials) => {
    const person = { displayName, initials };
    const colour = suggestionColour({ author: login, authorName: displayName });
    expect(PRESENCE_COLOURS).toContain(colour);
    for (const asked of [undefined, PRESENCE_COLOURS[0], PRESENCE_COLOURS[5], 'red;background:url(x)']) expect(stampedColour(person, asked)).toBe(colour);
  });

  it('follows the display name, not the account name: the login "binh" and the name "Trần Thị Bình" hash to different colours', () => {
    // The case of docs/screenshot-team-review-drafter.png: the insertion blue, the avatar orange.
    expect(colourFor('binh')).not.toBe(colourFor('Trần Thị Bình'));
    expect(suggestionColour({ author: 'binh', authorName: 'Trần Thị Bình' })).toBe(personColour({ displayName: 'Trần Thị Bình' }));
  });

  it('gives the same colour for either spelling of a tone mark in the recorded name', () => {
    expect(suggestionColour({ author: 'hoa', authorName: 'Lê Thị Hòa' })).toBe(suggestionColour({ author: 'hoa', authorName: 'Lê Thị Hoà' }));
  });

  it('keys a suggestion with no recorded name (a local server) by its account name', () => {
    expect(suggestionColour({ author: 'local', authorName: '' })).toBe(colourFor('local'));
  });
});
