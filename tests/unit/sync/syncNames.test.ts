import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { messageNameProblem } from '../../../main/server/sync/messageNameProblem.ts';
import { CLOSE } from '../../../shared/rpc/closeCodes.ts';
import { parseSyncDocumentName, syncDocumentName } from '../../../shared/rpc/protocol.ts';

const DOC = '0b9a6a7e-5a4b-4c1d-9e2f-3a4b5c6d7e8f';

describe('parseSyncDocumentName', () => {
  it('reads the name syncDocumentName makes, Vietnamese workspace ids included', () => {
    expect(parseSyncDocumentName(syncDocumentName('Đại-hội-XVII', DOC))).toEqual({ workspaceId: 'Đại-hội-XVII', documentId: DOC });
  });

  it.each([
    ['a parent folder', `../other/ws/${DOC}`],
    ['an absolute path', `/etc/ws/${DOC}`],
    ['a Windows path', `C:\\data\\ws/${DOC}`],
    ['an encoded slash', `..%2F..%2Fws/${DOC}`],
    ['a NUL', `ws\u0000x/${DOC}`],
    ['a second slash', `ws/${DOC}/x`],
    ['no document', 'ws/'],
    ['no workspace', `/${DOC}`],
    ['a document id that is not a uuid', 'ws/../../x'],
    ['an overlong workspace id', `${'a'.repeat(81)}/${DOC}`],
    ['a control character', `ws\n/${DOC}`],
  ])('refuses %s', (_label, name) => {
    expect(parseSyncDocumentName(name)).toBeNull();
  });
});

/** A Hocuspocus message: the document name, then an Auth message with an empty token. */
function authMessage(name: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, name);
  encoding.writeVarUint(encoder, 2); // MessageType.Auth
  encoding.writeVarUint(encoder, 0); // AuthMessageType.Token
  encoding.writeVarString(encoder, '');
  return encoding.toUint8Array(encoder);
}

describe('messageNameProblem', () => {
  it('lets a well-formed name through, with or without a provider session suffix, and pings', () => {
    expect(messageNameProblem(authMessage(`ws/${DOC}`))).toBeNull();
    expect(messageNameProblem(authMessage(`ws/${DOC}\u0000k3j4h5`))).toBeNull();
    expect(messageNameProblem(new Uint8Array([10]))).toBeNull();
  });

  it.each([
    ['a path', authMessage(`../x/ws/${DOC}`), CLOSE.documentNameInvalid],
    ['a bad session suffix', authMessage(`ws/${DOC}\u0000../x`), CLOSE.documentNameInvalid],
    ['two suffixes', authMessage(`ws/${DOC}\u0000a\u0000b`), CLOSE.documentNameInvalid],
    ['an overlong name', authMessage('a'.repeat(600)), CLOSE.documentNameTooLong],
    ['a length prefix larger than the message', new Uint8Array([0xff, 0xff, 0x03, 0x41]), CLOSE.documentNameTooLong],
    ['a cut-off name', new Uint8Array([0x05, 0x41]), CLOSE.documentNameInvalid],
  ])('refuses %s', (_label, message, spec) => {
    expect(messageNameProblem(message)).toBe(spec);
  });
});
