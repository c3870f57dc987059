// Jupyter messages on the wire (messaging protocol 5.3): routing identities, the
// `<IDS|MSG>` delimiter, an HMAC signature, then four JSON frames (header, parent
// header, metadata, content) and any binary buffers. A message that fails any check
// is refused with a WireFormatError, which the kernel logs before going on.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const PROTOCOL_VERSION = '5.3';

const DELIMITER = Buffer.from('<IDS|MSG>');

export type JsonObject = { [key: string]: unknown };

/** The six keys every header carries, no more (jupyter_kernel_test checks that). */
export interface MessageHeader {
  msg_id: string;
  session: string;
  username: string;
  date: string;
  msg_type: string;
  version: string;
}

export interface JupyterMessage {
  /** Where the reply goes back to through a ROUTER socket. */
  identities: Buffer[];
  header: MessageHeader;
  /** The header of the request this message answers, or {}. */
  parent_header: MessageHeader | Record<string, never>;
  metadata: JsonObject;
  content: JsonObject;
  buffers: Buffer[];
}

/** A message with a bad or missing signature, missing frames or frames that are not JSON objects. */
export class WireFormatError extends Error {}

/**
 * Signs and checks messages with the connection file's key. As jupyter_client's Session
 * does, a signature seen before is refused too: a replayed message is not run twice.
 */
export class MessageSigner {
  private readonly seen = new Set<string>();
  private static readonly REMEMBERED = 1 << 16;

  constructor(
    private readonly key: string,
    scheme: string,
  ) {
    if (key !== '' && scheme !== 'hmac-sha256') throw new WireFormatError(`unsupported signature scheme ${scheme}`);
  }

  sign(parts: Buffer[]): string {
    if (this.key === '') return '';
    const hmac = createHmac('sha256', this.key);
    for (const part of parts) hmac.update(part);
    return hmac.digest('hex');
  }

  verify(signature: string, parts: Buffer[]): void {
    if (this.key === '') return;
    const expected = Buffer.from(this.sign(parts));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new WireFormatError('invalid signature');
    if (this.seen.has(signature)) throw new WireFormatError('duplicate signature');
    this.seen.add(signature);
    if (this.seen.size > MessageSigner.REMEMBERED) this.seen.delete(this.seen.values().next().value!);
  }
}

export function decodeMessage(frames: Buffer[], signer: MessageSigner): JupyterMessage {
  const delimiter = frames.findIndex((frame) => frame.equals(DELIMITER));
  if (delimiter < 0) throw new WireFormatError('no <IDS|MSG> delimiter');
  if (frames.length < delimiter + 6) throw new WireFormatError(`${frames.length - delimiter - 1} frames after the delimiter, 5 needed`);
  const [signature, ...rest] = frames.slice(delimiter + 1);
  const jsonFrames = rest.slice(0, 4);
  signer.verify(signature.toString(), jsonFrames);
  const [header, parent_header, metadata, content] = jsonFrames.map(parseObject);
  if (typeof header.msg_type !== 'string' || typeof header.msg_id !== 'string') throw new WireFormatError('header without msg_type or msg_id');
  return {
    identities: frames.slice(0, delimiter),
    header: header as unknown as MessageHeader,
    parent_header: parent_header as JupyterMessage['parent_header'],
    metadata,
    content,
    buffers: rest.slice(4),
  };
}

export function encodeMessage(message: JupyterMessage, signer: MessageSigner): Buffer[] {
  const jsonFrames = [message.header, message.parent_header, message.metadata, message.content].map((part) => Buffer.from(JSON.stringify(part)));
  return [...message.identities, DELIMITER, Buffer.from(signer.sign(jsonFrames)), ...jsonFrames, ...message.buffers];
}

function parseObject(frame: Buffer): JsonObject {
  let value: unknown;
  try {
    value = JSON.parse(frame.toString('utf8'));
  } catch (error) {
    throw new WireFormatError(`bad JSON: ${(error as Error).message}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new WireFormatError('a JSON frame is not an object');
  return value as JsonObject;
}
