import type { beforeHandleAwarenessPayload } from '@hocuspocus/server';
import { describe, expect, it } from 'vitest';
import { presenceStamp } from '../../../main/server/sync/presenceStamp.ts';
import type { SyncContext } from '../../../main/server/sync/syncContext.ts';
import { OWNER, type Caller } from '../../../main/services/accounts/Caller.ts';
import { personColour } from '../../../shared/presence/personColour.ts';
import { colourFor, PRESENCE_COLOURS } from '../../../shared/presence/presenceColours.ts';
import { suggestionColour } from '../../../shared/suggestions/suggestionColour.ts';

const member = (name: string, displayName: string): Caller => ({ kind: 'member', userId: `u-${name}`, name, displayName, initials: 'XX', grants: { global: null, workspaces: {} }, sessionHash: 'h' });

/** The colour the server's presence hook stamps on a connection of `caller` that asked for `asked`. */
async function stampedColour(caller: Caller, asked: unknown): Promise<string> {
  const personOf = (c: Caller) => (c.kind === 'member' ? { displayName: c.displayName, initials: c.initials } : { displayName: 'Người dùng máy này', initials: 'ND' });
  const states = new Map<number, unknown>([[1, { user: { color: asked } }]]);
  const payload = { states, document: { connections: new Map() }, connection: {}, context: { caller } } as unknown as beforeHandleAwarenessPayload<SyncContext>;
  await presenceStamp(personOf).beforeHandleAwareness!(payload);
  return (states.get(1) as { user: { color: string } }).user.color;
}

describe('suggestionColour', () => {
  it.each([
    ['binh', 'Trần Thị Bình'],
    ['an', 'Nguyễn Văn An'],
    ['hoa', 'Lê Thị Hoà'],
    ['thuy', 'Phạm Thủy'],
  ])("draws %s's suggestions in the colour the server stamps on their presence (%s), whatever colour their page asks for", async (login, displayName) => {
    const colour = suggestionColour({ author: login });
    expect(PRESENCE_COLOURS).toContain(colour);
    for (const asked of [undefined, PRESENCE_COLOURS[0], PRESENCE_COLOURS[5], colourFor(displayName), 'red;background:url(x)']) {
      expect(await stampedColour(member(login, displayName), asked)).toBe(colour);
    }
  });

  it("draws a local server's one person's suggestions ('local') in their presence colour", async () => {
    expect(await stampedColour(OWNER, PRESENCE_COLOURS[3])).toBe(suggestionColour({ author: 'local' }));
  });

  it('follows the account, not the name shown: a suggestion shown as an organisation’s, or made before a rename, keeps its author’s colour', async () => {
    // docs/screenshot-team-review-drafter.png had the insertion keyed on the login and the avatar on the name.
    expect(colourFor('binh')).not.toBe(colourFor('Trần Thị Bình'));
    const renamed = member('binh', 'Trần Thị Bình (Văn phòng)');
    expect(await stampedColour(renamed, undefined)).toBe(suggestionColour({ author: 'binh' }));
    expect(personColour('binh')).toBe(suggestionColour({ author: 'binh' }));
  });
});
