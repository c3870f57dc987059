// The in-process socket pairs behind _socket.socketpair() (src/modules/socket/inProcessSockets.ts):
// bytes flow between the two ends in order, readiness is what select()/poll() report,
// and closing or shutting down an end reads as end-of-file on the other; a duplicated
// descriptor moves the pair to shared memory, where every descriptor of an end counts.
import { describe, expect, it } from 'vitest';
import {
  adoptEndpoint, duplicateEndpoint, endpointOf, handOverEndpoint, releaseHandedOver, streamPair,
} from '../../../src/modules/socket/inProcessSockets';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const text = (data: Uint8Array): string => new TextDecoder().decode(data);

describe('in-process stream pairs', () => {
  it('carries bytes both ways, in order, across chunk boundaries', () => {
    const [a, b] = streamPair();
    expect(b.readable).toBe(false);
    expect(a.send(bytes('hello '))).toBe(6);
    expect(a.send(bytes('world'))).toBe(5);
    expect(b.readable).toBe(true);
    expect(text(b.receive(3))).toBe('hel');
    expect(text(b.receive(100))).toBe('lo world');
    expect(b.readable).toBe(false);
    b.send(bytes('back'));
    expect(text(a.receive(10))).toBe('back');
    a.close();
    b.close();
  });

  it('holds real descriptors, known by number until closed', () => {
    const [a, b] = streamPair();
    expect(a.fd).not.toBe(b.fd);
    expect(endpointOf(a.fd)).toBe(a);
    a.close();
    expect(endpointOf(a.fd)).toBeUndefined();
    b.close();
  });

  it('stops being writable when the peer queue is full, and sends only what fits', () => {
    const [a, b] = streamPair();
    const big = new Uint8Array(300_000);
    const sent = a.send(big);
    expect(sent).toBeLessThan(big.length);
    expect(a.writable).toBe(false);
    expect(a.send(big)).toBe(0);
    b.receive(1000);
    expect(a.writable).toBe(true);
    a.close();
    b.close();
  });

  it('reads end-of-file after the peer closes or shuts down sending', () => {
    const [a, b] = streamPair();
    a.send(bytes('last'));
    a.close();
    expect(b.readable).toBe(true);
    expect(b.broken).toBe(true);
    expect(text(b.receive(10))).toBe('last');
    expect(b.receive(10).length).toBe(0);
    b.close();
    const [c, d] = streamPair();
    c.shutDown(false, true);
    expect(d.readable).toBe(true);
    expect(c.broken).toBe(true);
    c.close();
    d.close();
  });

  it('moves a pair to shared memory on dup, queued bytes and all', () => {
    const [a, b] = streamPair();
    a.send(bytes('queued'));
    const copy = endpointOf(duplicateEndpoint(b.fd)!)!;
    expect(text(copy.receive(3))).toBe('que');
    expect(text(b.receive(10))).toBe('ued');
    copy.send(bytes('from the copy'));
    expect(text(a.receive(100))).toBe('from the copy');
    b.close();
    // The copy still holds the end open: no end-of-file yet.
    expect(a.readable).toBe(false);
    expect(a.hungUp).toBe(false);
    copy.close();
    expect(a.readable).toBe(true);
    expect(a.hungUp).toBe(true);
    expect(a.broken).toBe(true);
    expect(a.receive(10).length).toBe(0);
    a.close();
  });

  it('wraps around the shared ring', () => {
    const [a, b] = streamPair();
    const copy = endpointOf(duplicateEndpoint(a.fd)!)!;
    const chunk = new Uint8Array(150_000).map((_, i) => i % 251);
    for (let round = 0; round < 3; round++) {
      expect(copy.send(chunk)).toBe(chunk.length);
      const received = b.receive(chunk.length);
      expect(received.length === chunk.length && received.every((byte, i) => byte === chunk[i])).toBe(true);
    }
    for (const end of [a, b, copy]) end.close();
  });

  it('hands a descriptor over to another interpreter, counted closed once', () => {
    const [a, b] = streamPair();
    const fd = duplicateEndpoint(b.fd)!;
    const handed = handOverEndpoint(fd)!;
    expect(endpointOf(fd)).toBeUndefined();
    b.close();
    expect(a.hungUp).toBe(false);
    adoptEndpoint(handed);
    endpointOf(fd)!.send(bytes('hi'));
    expect(text(a.receive(10))).toBe('hi');
    endpointOf(fd)!.close();
    expect(a.hungUp).toBe(true);
    // (A killed child's parent releases it again: no second count.)
    releaseHandedOver(handed);
    const [c, d] = streamPair();
    const other = handOverEndpoint(duplicateEndpoint(d.fd)!)!;
    d.close();
    releaseHandedOver(other);
    releaseHandedOver(other);
    expect(c.hungUp).toBe(true);
    a.close();
    c.close();
  });
});
