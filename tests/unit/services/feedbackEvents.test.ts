import { describe, expect, it } from 'vitest';
import { FeedbackEvents } from '../../../main/services/feedback/FeedbackEvents.ts';
import { FEEDBACK_CHANGES } from '../../../shared/feedback/feedbackChanges.ts';

describe('FeedbackEvents', () => {
  it('answers at once, with no change, a request past the cap of waiting ones, and wakes every waiting one at the next change', async () => {
    const events = new FeedbackEvents();
    const waiting = Array.from({ length: FEEDBACK_CHANGES.waiters }, () => events.since('w', events.epoch, 0, 20_000));
    const extra = await events.since('w', events.epoch, 0, 20_000);
    expect(extra).toMatchObject({ reset: false, seq: 0, changes: [] });
    events.changed('w', 'tags', ['a'], 'an');
    const answers = await Promise.all(waiting);
    expect(answers.every((a) => a.changes.length === 1 && a.changes[0].kind === 'tags')).toBe(true);
  });

  it('keeps the last changes only, telling one that asks from before them to read everything, and lists no ids past the limit', async () => {
    const events = new FeedbackEvents();
    for (let i = 0; i < FEEDBACK_CHANGES.kept + 5; i++) events.changed('w', 'decisions', [`i${i}`], 'an');
    expect((await events.since('w', events.epoch, 1, 0)).reset).toBe(true);
    expect((await events.since('w', events.epoch, 10, 0)).changes).toHaveLength(FEEDBACK_CHANGES.kept - 5);
    events.changed('w', 'tags', Array.from({ length: FEEDBACK_CHANGES.itemIds + 1 }, (_, i) => `x${i}`), 'an');
    const [last] = (await events.since('w', events.epoch, FEEDBACK_CHANGES.kept + 5, 0)).changes;
    expect(last).toMatchObject({ kind: 'tags', itemIds: [], many: true });
  });
});
