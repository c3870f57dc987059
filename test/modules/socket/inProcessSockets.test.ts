// The in-process socket pairs behind _socket.socketpair() (src/modules/socket/inProcessSockets.ts):
// bytes flow between the two ends in order, readiness is what select()/poll() report,
// and closing or shutting down an end reads as end-of-file on the other.
import { describe, expect, it } from 'vitest';
import { endpointOf, streamPair } from '../../../src/modules/socket/inProcessSockets';

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
    c.sendingShutDown = true;
    expect(d.readable).toBe(true);
    expect(c.broken).toBe(true);
    c.close();
    d.close();
  });
});
