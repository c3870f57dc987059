// The select module: select() and poll() (selectors.DefaultSelector takes poll here,
// having no epoll). node:fs cannot ask the kernel whether a descriptor is ready, so
// readiness is what pyvm itself knows: exactly, for the in-process sockets
// (./socket/inProcessSockets); always ready, for regular files and block devices (as
// Linux's poll says of them); for pipes, by reading ahead (./io/pipeEnds); and for the
// descriptors of terminals and other devices, and pipes on 0, 1 and 2, unknown: waiting
// on one of them fails with ENOSYS. A wait that nothing can
// end blocks without spinning (../vm/blockingWait), interruptible, until its timeout. A
// wait gives up the GIL: the other Python threads run meanwhile (../vm/threads).
import { fstatSync } from 'node:fs';
import type { Py } from '../objects/object';
import { PyObject } from '../objects/object';
import { newModule } from '../objects/module';
import { nativeType } from '../objects/type';
import { checkArgCount, defineMethods, PyBuiltinFunction } from '../objects/native';
import { defineNew } from '../objects/builtinNew';
import { keyError, newException, OSError, OverflowError, typeError, ValueError } from '../objects/exceptions';
import { PyFloat } from '../objects/float';
import { intValue } from '../objects/int';
import { PyList } from '../objects/list';
import { newTuple } from '../objects/tuple';
import { iterableToArray } from '../objects/protocols';
import { cIntArgument } from '../objects/bytesArguments';
import { typeOf } from '../objects/typeOf';
import { takeDirectCall, takeDirectMethodCall } from '../vm/threadState';
import { blockThread } from '../vm/threads';
import { defineFunction } from './builtins';
import { registerBuiltinModule } from './registry';
import { systemError } from './io/osErrors';
import { fileDescriptorOf } from './posix/descriptors';
import { endpointOf } from './socket/inProcessSockets';
import { pipeReadiness } from './io/pipeEnds';

const selectModule = newModule('select', 'This module supports asynchronous I/O on multiple file descriptors.\n\n*** IMPORTANT NOTICE ***\nOn Windows, only sockets are supported; on Unix, all file descriptors.');
registerBuiltinModule('select', () => selectModule);

const POLLIN = 1;
const POLLPRI = 2;
const POLLOUT = 4;
const POLLERR = 8;
const POLLHUP = 16;
const POLLNVAL = 32;
const POLL_CONSTANTS: [string, number][] = [
  ['POLLIN', POLLIN], ['POLLPRI', POLLPRI], ['POLLOUT', POLLOUT], ['POLLERR', POLLERR], ['POLLHUP', POLLHUP], ['POLLNVAL', POLLNVAL],
  ['POLLRDNORM', 64], ['POLLRDBAND', 128], ['POLLWRNORM', 256], ['POLLWRBAND', 512], ['POLLMSG', 1024], ['POLLRDHUP', 8192],
];
for (const [name, value] of POLL_CONSTANTS) selectModule.dict.setStr(name, value);
selectModule.dict.setStr('PIPE_BUF', 4096);
selectModule.dict.setStr('error', OSError);

const EBADF = 9;
const ENOENT = 2;
const ENOSYS = 38;

/** poll(2)'s revents for `fd` as pyvm can tell them (see the top of this file). */
function pollEvents(fd: number): number {
  const socket = endpointOf(fd);
  if (socket !== undefined) {
    return (socket.readable ? POLLIN : 0) | (socket.writable ? POLLOUT : 0) | (socket.hungUp ? POLLHUP : 0);
  }
  let stats;
  try {
    stats = fstatSync(fd);
  } catch {
    return POLLNVAL;
  }
  if (stats.isFile() || stats.isBlockDevice()) return POLLIN | POLLOUT;
  // (Not the standard streams: what is read ahead of a pipe only os.read and FileIO see.)
  if (stats.isFIFO() && fd > 2) {
    const pipe = pipeReadiness(fd);
    return (pipe.readable ? POLLIN : 0) | (pipe.writable ? POLLOUT : 0) | (pipe.hangup ? POLLHUP : 0) | (pipe.error ? POLLERR : 0);
  }
  throw systemError(ENOSYS);
}

/** The milliseconds a wait may last: Infinity for none given. */
type Wait = number;

// ---------------------------------------------------------------- select()

function descriptorList(value: Py): Py[] {
  const type = typeOf(value);
  if (type.lookup('__iter__') === undefined && type.lookup('__getitem__') === undefined) throw typeError('arguments 1-3 must be sequences');
  return iterableToArray(value);
}

function selectTimeout(value: Py | undefined): Wait {
  if (value === undefined || value === null) return Infinity;
  const seconds = value instanceof PyFloat ? value.value : intValue(value);
  if (seconds === undefined) throw typeError('timeout must be a float or None');
  if (seconds < 0) throw newException(ValueError, 'timeout must be non-negative');
  return Number(seconds) * 1000;
}

/**
 * Waits (giving up the GIL) until `poll()` finds a descriptor ready or `wait` ms have
 * passed: then `result()`, the call's value; THREAD_PARKED when `direct` (CALL called the
 * native itself) and the thread parks.
 */
function waitForDescriptors(wait: Wait, poll: () => boolean, result: () => Py, direct: boolean): Py {
  const deadline = performance.now() + wait;
  return blockThread({
    reason: 'io',
    deadline,
    ready: poll,
    finish(met) {
      if (!met) poll();
      return result();
    },
  }, direct);
}

const selectFunction: PyBuiltinFunction = defineFunction(selectModule, 'select', (args, kwnames) => {
  const direct = takeDirectCall() === selectFunction;
  checkArgCount('select', args, kwnames, 3, 4);
  const [readers, writers, exceptional] = args.slice(0, 3).map(descriptorList);
  const wait = selectTimeout(args[3]);
  const watched = (objects: Py[]) => objects.map((object) => ({ object, fd: fileDescriptorOf(object) }));
  const [reading, writing] = [watched(readers), watched(writers)];
  // Exceptional conditions (out-of-band data) never happen on the descriptors pyvm knows.
  watched(exceptional);
  const readyFor = (list: { object: Py; fd: number }[], event: number): Py[] => list.filter(({ fd }) => {
    const events = pollEvents(fd);
    if (events === POLLNVAL) throw systemError(EBADF);
    return (events & (event | POLLHUP)) !== 0;
  }).map(({ object }) => object);
  let ready: [Py[], Py[]] = [[], []];
  return waitForDescriptors(wait, () => {
    ready = [readyFor(reading, POLLIN), readyFor(writing, POLLOUT)];
    return ready[0].length > 0 || ready[1].length > 0;
  }, () => newTuple([new PyList(ready[0]), new PyList(ready[1]), new PyList([])]), direct);
});

// ---------------------------------------------------------------- poll()

class PyPoll extends PyObject {
  /** The events each registered descriptor is watched for, in registration order. */
  readonly registered = new Map<number, number>();
}

const pollType = nativeType('poll', undefined, { baseType: false });
pollType.attrs.set('__module__', 'select');
defineNew(pollType, () => {
  throw typeError("cannot create 'select.poll' instances");
});

function eventMask(value: Py | undefined): number {
  if (value === undefined) return POLLIN | POLLPRI | POLLOUT;
  const mask = cIntArgument(value);
  if (mask < 0 || mask > 0xffff) throw newException(OverflowError, mask < 0 ? "can't convert negative int to unsigned" : 'Python int too large for C unsigned short');
  return mask;
}

function pollTimeout(value: Py | undefined): Wait {
  if (value === undefined || value === null) return Infinity;
  const milliseconds = value instanceof PyFloat ? Math.ceil(value.value) : intValue(value);
  if (milliseconds === undefined) throw typeError('timeout must be an integer or None');
  return milliseconds < 0 ? Infinity : Number(milliseconds);
}

defineMethods(pollType, {
  register(self: PyPoll, args, kwnames) {
    checkArgCount('register', args, kwnames, 1, 2);
    self.registered.set(fileDescriptorOf(args[0]), eventMask(args[1]));
    return null;
  },
  modify(self: PyPoll, args, kwnames) {
    checkArgCount('modify', args, kwnames, 2);
    const fd = fileDescriptorOf(args[0]);
    if (!self.registered.has(fd)) throw systemError(ENOENT);
    self.registered.set(fd, eventMask(args[1]));
    return null;
  },
  unregister(self: PyPoll, args, kwnames) {
    checkArgCount('unregister', args, kwnames, 1);
    const fd = fileDescriptorOf(args[0]);
    if (!self.registered.delete(fd)) throw keyError(fd);
    return null;
  },
  poll(self: PyPoll, args, kwnames) {
    const direct = takeDirectMethodCall(pollType, self, 'poll');
    checkArgCount('poll', args, kwnames, 0, 1);
    const wait = pollTimeout(args[0]);
    let ready: Py[] = [];
    return waitForDescriptors(wait, () => {
      ready = [];
      for (const [fd, watched] of self.registered) {
        const events = pollEvents(fd) & (watched | POLLERR | POLLHUP | POLLNVAL);
        if (events !== 0) ready.push(newTuple([fd, events]));
      }
      return ready.length > 0;
    }, () => new PyList(ready), direct);
  },
});

defineFunction(selectModule, 'poll', (args, kwnames) => {
  checkArgCount('poll', args, kwnames, 0);
  return new PyPoll(pollType);
});
