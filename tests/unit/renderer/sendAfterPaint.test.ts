import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { SEND_DELAY_MS, sendAfterPaint } from '../../../renderer/editor/sendAfterPaint.ts';

/** Animation frames run by hand (`paint()`), timers by Vitest's fake clock. */
let frames: Map<number, FrameRequestCallback>;
const paint = () => {
  const due = [...frames.values()];
  frames.clear();
  for (const callback of due) callback(performance.now());
};

beforeEach(() => {
  vi.useFakeTimers();
  frames = new Map();
  let next = 1;
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => (frames.set(next, callback), next++));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** The part of a HocuspocusProvider sendAfterPaint uses, counting its flushes. */
function fakeProvider(flushDelay: false | number = SEND_DELAY_MS) {
  const document = new Y.Doc();
  const provider = { document, awareness: new Awareness(document), configuration: { flushDelay }, flushes: 0, flushPendingUpdates: () => void provider.flushes++ };
  return provider;
}

describe('sendAfterPaint (this person’s changes go out after the frame that shows them)', () => {
  it('sends nothing inside the keystroke, and the changes of one frame once, in a task after it is painted', () => {
    const provider = fakeProvider();
    sendAfterPaint(provider);
    provider.document.getText('t').insert(0, 'a');
    provider.document.getText('t').insert(1, 'b');
    expect(provider.flushes).toBe(0);
    paint();
    expect(provider.flushes).toBe(0); // the frame is not painted until its callbacks have run
    vi.advanceTimersByTime(0);
    expect(provider.flushes).toBe(1);
    vi.advanceTimersByTime(SEND_DELAY_MS);
    expect(provider.flushes).toBe(1);
  });

  it('sends after SEND_DELAY_MS when no frame comes (a hidden page)', () => {
    const provider = fakeProvider();
    sendAfterPaint(provider);
    provider.document.getText('t').insert(0, 'a');
    vi.advanceTimersByTime(SEND_DELAY_MS - 1);
    expect(provider.flushes).toBe(0);
    vi.advanceTimersByTime(1);
    expect(provider.flushes).toBe(1);
  });

  it('sends a change of presence after the frame too, and nothing for what the provider itself applied', () => {
    const provider = fakeProvider();
    sendAfterPaint(provider);
    Y.applyUpdate(provider.document, Y.encodeStateAsUpdate(otherDoc()), provider);
    paint();
    vi.advanceTimersByTime(SEND_DELAY_MS);
    expect(provider.flushes).toBe(0);
    provider.awareness.setLocalStateField('cursor', { head: 3 });
    paint();
    vi.advanceTimersByTime(0);
    expect(provider.flushes).toBe(1);
  });

  it('stops listening when stopped: nothing scheduled is sent, later changes are left to the provider', () => {
    const provider = fakeProvider();
    const stop = sendAfterPaint(provider);
    provider.document.getText('t').insert(0, 'a');
    stop();
    provider.document.getText('t').insert(1, 'b');
    paint();
    vi.advanceTimersByTime(SEND_DELAY_MS);
    expect(provider.flushes).toBe(0);
  });

  it('refuses a provider made without flushDelay, which would send inside every keystroke anyway', () => {
    expect(() => sendAfterPaint(fakeProvider(false))).toThrow(/flushDelay/);
  });
});

function otherDoc(): Y.Doc {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, 'từ máy chủ');
  return doc;
}
