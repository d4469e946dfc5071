import { describe, expect, it } from 'vitest';
import { colourFor, isPresenceColour, PRESENCE_COLOURS } from '../../../shared/presence/presenceColours.ts';
import { personColour } from '../../../shared/presence/personColour.ts';
import { stampPresence } from '../../../shared/presence/stampPresence.ts';
import { suggestionColour } from '../../../shared/suggestions/suggestionColour.ts';

/** What presenceStamp makes for the account "an": the session's name and initials, the account's colour. */
const person = { name: 'Nguyễn Văn An', initials: 'NA', color: personColour('an') };

describe('isPresenceColour', () => {
  it.each([
    [PRESENCE_COLOURS[0], true],
    [PRESENCE_COLOURS[7], true],
    ['#ABCDEF', false],
    ['#abcdef', false],
    ['red', false],
    ['red;background:url(x)', false],
    [`${PRESENCE_COLOURS[0]};background:url(x)`, false],
    [` ${PRESENCE_COLOURS[0]}`, false],
    [`${PRESENCE_COLOURS[0]}\n`, false],
    [42, false],
    [null, false],
  ])('%j → %s', (value, expected) => expect(isPresenceColour(value)).toBe(expected));
});

describe('colourFor', () => {
  it('gives the same palette colour for a name in either tone-mark placement', () => {
    expect(PRESENCE_COLOURS).toContain(colourFor('Hoà'));
    expect(colourFor('Ho\u0061\u0300')).toBe(colourFor('Hoà'));
    expect(colourFor('Hòa')).toBe(colourFor('Hoà'));
    expect(colourFor('Thuỷ')).toBe(colourFor('Thủy'));
  });
});

describe('stampPresence', () => {
  it("replaces the name, initials and an unsafe colour with the person's own, keeping the rest of the state", () => {
    const states = new Map<number, unknown>([[1, { user: { name: 'Quản trị', initials: 'QT', color: 'red;background:url(x)' }, cursor: { anchor: 3, head: 5 } }]]);
    expect(stampPresence(states, person, () => false)).toEqual([]);
    expect(states.get(1)).toEqual({ user: { name: 'Nguyễn Văn An', initials: 'NA', color: personColour('an') }, cursor: { anchor: 3, head: 5 } });
  });

  it("replaces even a palette colour the client chose by the person's own, the one their suggestions are drawn in", () => {
    const other = PRESENCE_COLOURS.find((colour) => colour !== personColour('an'))!;
    const states = new Map<number, unknown>([[1, { user: { color: other } }]]);
    stampPresence(states, person, () => false);
    expect((states.get(1) as { user: { color: string } }).user.color).toBe(personColour('an'));
    expect(personColour('an')).toBe(suggestionColour({ author: 'an' }));
  });

  it('stamps a state that had no user at all, so nobody is shown unnamed', () => {
    const states = new Map<number, unknown>([[1, {}]]);
    stampPresence(states, person, () => false);
    expect(states.get(1)).toEqual({ user: { name: 'Nguyễn Văn An', initials: 'NA', color: personColour('an') } });
  });

  it('drops the states of client ids another connection holds and stamps the others', () => {
    const states = new Map<number, unknown>([
      [1, { cursor: null }],
      [2, { user: { name: 'Mạo danh' } }],
    ]);
    expect(stampPresence(states, person, (id) => id === 2)).toEqual([2]);
    expect([...states.keys()]).toEqual([1]);
  });

  it('leaves states that are not objects as they are (nothing to draw from them)', () => {
    const states = new Map<number, unknown>([
      [1, 'text'],
      [2, [1, 2]],
    ]);
    stampPresence(states, person, () => false);
    expect(states.get(1)).toBe('text');
    expect(states.get(2)).toEqual([1, 2]);
  });
});
