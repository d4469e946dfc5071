import * as decoding from 'lib0/decoding';

// Hocuspocus' message types (its MessageType) that a provider sends, and y-protocols' sync steps.
const SYNC = 0;
const AWARENESS = 1;
const AUTH = 2;
const QUERY_AWARENESS = 3;
const SYNC_REPLY = 4;
const STATELESS = 5;
const BROADCAST_STATELESS = 6;
const CLOSE_MESSAGE = 7;
const SYNC_STEP_1 = 0;
const SYNC_UPDATE = 2;
/** The connection-level pong (one byte, no document name) a provider answers a ping with. */
const PONG = 10;

/** Whether a frame is a provider's pong: one byte, read by no one (the server sends no pings). */
export function isPong(message: Uint8Array): boolean {
  return message.length === 1 && message[0] === PONG;
}

/**
 * Why a message is not one a Hocuspocus provider writes, or null when it is: its document name
 * (checked before, by messageNameProblem), its type, and that type's fields, each length within
 * the message and nothing left over. It reads only the framing, and what is small (a state
 * vector, awareness entries); a sync update's Yjs bytes are judged where they are applied.
 * Hocuspocus itself, given a cut-off message, drops that document's connection with its own
 * code and leaves the socket open, or reads a later field as garbage.
 */
export function syncMessageProblem(message: Uint8Array): string | null {
  if (message.length <= 1) return 'khung một byte không phải tin nhắn';
  const decoder = decoding.createDecoder(message);
  try {
    decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    const problem = fieldsProblem(type, decoder);
    if (problem) return problem;
    if (decoding.hasContent(decoder)) return `thừa ${message.length - decoder.pos} byte sau tin nhắn loại ${type}`;
    return null;
  } catch {
    return `tin nhắn bị cắt cụt (${message.length} byte)`;
  }
}

/** The fields after the type, read from `decoder` (throwing when cut off); a problem, or null. */
function fieldsProblem(type: number, decoder: decoding.Decoder): string | null {
  switch (type) {
    case SYNC:
    case SYNC_REPLY: {
      const step = decoding.readVarUint(decoder);
      if (step > SYNC_UPDATE) return `bước đồng bộ không có: ${step}`;
      const payload = decoding.readVarUint8Array(decoder);
      return step === SYNC_STEP_1 ? stateVectorProblem(payload) : null;
    }
    case AWARENESS:
      return awarenessProblem(decoding.readVarUint8Array(decoder));
    case AUTH:
      decoding.readVarUint(decoder);
      decoding.readVarString(decoder);
      if (decoding.hasContent(decoder)) decoding.readVarString(decoder); // the provider's version
      return null;
    case STATELESS:
    case BROADCAST_STATELESS:
      decoding.readVarString(decoder);
      return null;
    case QUERY_AWARENESS:
    case CLOSE_MESSAGE:
      return null;
    default:
      return `loại tin nhắn không có: ${type}`;
  }
}

/** A state vector: a count, then that many (client, clock) pairs, and nothing after. */
function stateVectorProblem(bytes: Uint8Array): string | null {
  const decoder = decoding.createDecoder(bytes);
  const count = decoding.readVarUint(decoder);
  for (let i = 0; i < count; i++) {
    decoding.readVarUint(decoder);
    decoding.readVarUint(decoder);
  }
  return decoding.hasContent(decoder) ? 'vector trạng thái có byte thừa' : null;
}

/** An awareness update (y-protocols): a count, then (client, clock, JSON state) entries, and nothing after. */
function awarenessProblem(bytes: Uint8Array): string | null {
  const decoder = decoding.createDecoder(bytes);
  const count = decoding.readVarUint(decoder);
  for (let i = 0; i < count; i++) {
    decoding.readVarUint(decoder);
    decoding.readVarUint(decoder);
    try {
      JSON.parse(decoding.readVarString(decoder));
    } catch (error) {
      if (error instanceof SyntaxError) return 'trạng thái hiện diện không phải JSON';
      throw error;
    }
  }
  return decoding.hasContent(decoder) ? 'cập nhật hiện diện có byte thừa' : null;
}
