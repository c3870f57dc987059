// os.read, os.write and os.close on the descriptor of an in-process socket
// (../socket/inProcessSockets, what socket.socketpair() makes): the bytes go through the
// endpoint's queues, not the descriptor (which is open on /dev/null). multiprocessing's
// Pipe() is a socket pair whose Connections use the bare descriptors so. The descriptor
// reads and writes as a blocking socket: a read waits for bytes or the end, a write for
// room, giving up the GIL (../../vm/threads) as socket.recv and send do.
import type { Py } from '../../objects/object';
import { blockThread } from '../../vm/threads';
import { endpointOf } from '../socket/inProcessSockets';
import { systemError } from './osErrors';

const EPIPE = 32;

/** Waits, giving up the GIL, until `ready()`: then `finish()`; THREAD_PARKED when `direct` and the thread parks. */
function waitUntil(ready: () => boolean, finish: () => Py, direct: boolean): Py {
  return ready() ? finish() : blockThread({ reason: 'io', deadline: Infinity, ready, finish }, direct);
}

/** read(2) into `target` of socket descriptor `fd`: `then(count)`, 0 at the end; undefined when `fd` is no in-process socket. */
export function readSocketDescriptor(fd: number, target: Uint8Array, direct: boolean, then: (count: number) => Py): Py | undefined {
  const endpoint = endpointOf(fd);
  if (endpoint === undefined) return undefined;
  return waitUntil(() => endpoint.readable, () => {
    const received = endpoint.receive(target.length);
    target.set(received);
    return then(received.length);
  }, direct);
}

/** write(2) of all of `data` to socket descriptor `fd`: `then(count)`; undefined when `fd` is no in-process socket. */
export function writeSocketDescriptor(fd: number, data: Uint8Array, direct: boolean, then: (count: number) => Py): Py | undefined {
  const endpoint = endpointOf(fd);
  if (endpoint === undefined) return undefined;
  let written = 0;
  // (Asking again once the queue is full: a shared end then asks a wait to look again soon.)
  const sendWhatFits = (): boolean => {
    while (written < data.length && endpoint.writable && !endpoint.broken) written += endpoint.send(data.subarray(written));
    return written === data.length || endpoint.broken;
  };
  return waitUntil(sendWhatFits, () => {
    if (written === 0 && data.length > 0) throw systemError(EPIPE);
    return then(written);
  }, direct);
}

/** close(2) of socket descriptor `fd`, which closes the endpoint (its peer reads the end); false when `fd` is no in-process socket. */
export function closeSocketDescriptor(fd: number): boolean {
  const endpoint = endpointOf(fd);
  if (endpoint === undefined) return false;
  endpoint.close();
  return true;
}
