import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { MessageRate } from '../../../main/server/sync/MessageRate.ts';
import { isPong, syncMessageProblem } from '../../../main/server/sync/syncMessageProblem.ts';

const NAME = 'ws/0b7e4a3c-6a37-4f5e-9a52-2a1f3b8e6c11';

/** A message as a Hocuspocus provider frames it: the name, the type, then what `write` adds. */
function framed(type: number, write: (e: encoding.Encoder) => void = () => undefined): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, NAME);
  encoding.writeVarUint(e, type);
  write(e);
  return encoding.toUint8Array(e);
}

function docWithText(): Y.Doc {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, 'Nghị quyết Đại hội');
  return doc;
}

describe('syncMessageProblem', () => {
  const doc = docWithText();
  const awareness = new Awareness(doc);
  awareness.setLocalState({ user: { name: 'Nguyễn Văn An', color: '#30bced' } });
  const provider: Record<string, Uint8Array> = {
    'auth with the provider version': framed(2, (e) => (encoding.writeVarUint(e, 0), encoding.writeVarString(e, 'token'), encoding.writeVarString(e, '4.7.0'))),
    'auth without a version': framed(2, (e) => (encoding.writeVarUint(e, 0), encoding.writeVarString(e, ''))),
    'sync step 1': framed(0, (e) => syncProtocol.writeSyncStep1(e, doc)),
    'sync step 2': framed(0, (e) => syncProtocol.writeSyncStep2(e, doc)),
    update: framed(0, (e) => syncProtocol.writeUpdate(e, Y.encodeStateAsUpdate(doc))),
    awareness: framed(1, (e) => encoding.writeVarUint8Array(e, encodeAwarenessUpdate(awareness, [doc.clientID]))),
    'awareness removed (null state)': framed(1, (e) => encoding.writeVarUint8Array(e, encodeAwarenessUpdate(awareness, [doc.clientID], new Map([[doc.clientID, null as unknown as Record<string, unknown>]])))),
    'query awareness': framed(3),
    stateless: framed(5, (e) => encoding.writeVarString(e, '{"kind":"x"}')),
    close: framed(7),
  };
  it.each(Object.entries(provider))('accepts %s as a provider writes it', (_kind, message) => {
    expect(syncMessageProblem(message)).toBeNull();
  });

  it('refuses each way of cutting a real message short, at every length', () => {
    for (const [kind, message] of Object.entries(provider)) {
      // The version of an auth is optional: cut right before it, the auth is a whole message.
      const whole = kind === 'auth with the provider version' ? message.length - 1 - '4.7.0'.length : -1;
      for (let length = 2; length < message.length; length++) {
        if (length === whole) continue;
        expect(syncMessageProblem(message.slice(0, length)), `${kind} cut at ${length} of ${message.length}`).not.toBeNull();
      }
    }
  });

  it('refuses bytes after a whole message, unknown types and steps, and one-byte frames', () => {
    expect(syncMessageProblem(new Uint8Array([...provider.update, 0]))).toMatch(/thừa 1 byte/);
    expect(syncMessageProblem(framed(8))).toMatch(/loại tin nhắn không có: 8/);
    expect(syncMessageProblem(framed(0, (e) => (encoding.writeVarUint(e, 3), encoding.writeVarUint8Array(e, new Uint8Array()))))).toMatch(/bước đồng bộ/);
    expect(syncMessageProblem(new Uint8Array([0]))).not.toBeNull();
  });

  it('takes a one-byte 10 for a pong and nothing else', () => {
    expect(isPong(new Uint8Array([10]))).toBe(true);
    expect(isPong(new Uint8Array([9]))).toBe(false);
    expect(isPong(framed(3))).toBe(false);
  });
});

describe('MessageRate', () => {
  it('lets a burst through, refuses the next, and refills at the stated rate up to the burst', () => {
    let now = 0;
    const rate = new MessageRate({ burst: 3, perSecond: 10 }, () => now);
    expect([rate.take(), rate.take(), rate.take(), rate.take()]).toEqual([true, true, true, false]);
    now += 100; // one token back
    expect([rate.take(), rate.take()]).toEqual([true, false]);
    now += 60_000; // idle: back to the burst, not more
    expect([rate.take(), rate.take(), rate.take(), rate.take()]).toEqual([true, true, true, false]);
  });

  it('never refuses a sender that keeps to the sustained rate', () => {
    let now = 0;
    const rate = new MessageRate({ burst: 2, perSecond: 100 }, () => now);
    for (let i = 0; i < 1000; i++) {
      now += 10;
      expect(rate.take()).toBe(true);
    }
  });
});
