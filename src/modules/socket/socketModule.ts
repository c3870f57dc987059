// The _socket module (CPython's Modules/socketmodule.c), which socket.py wraps: its
// constants, exceptions and helpers, and the socket type. Node has no synchronous
// sockets, so the sockets pyvm has so far are the connected pairs socketpair() makes,
// inside this process (./inProcessSockets): enough for asyncio's self-pipe and for
// programs that talk to themselves. Creating any other socket fails with ENOSYS.
import type { Py } from '../../objects/object';
import { PyObject } from '../../objects/object';
import { newModule } from '../../objects/module';
import { nativeType } from '../../objects/type';
import { bindArguments, checkArgCount, defineGetSets, defineMethods, newTargetOf, PyBuiltinFunction } from '../../objects/native';
import { newException, OSError, OverflowError, TimeoutError, typeError, ValueError } from '../../objects/exceptions';
import { PyBytes } from '../../objects/bytes';
import { PyFloat } from '../../objects/float';
import { intValue } from '../../objects/int';
import { newTuple } from '../../objects/tuple';
import { isTrue } from '../../objects/protocols';
import { bytesLikeArgument, cIntArgument } from '../../objects/bytesArguments';
import { typeName } from '../../objects/typeOf';
import { newInstance } from '../../objects/objectMethods';
import { blockUntilReady } from '../../vm/threads';
import { hostname } from 'node:os';
import { defineFunction } from '../builtins';
import { registerBuiltinModule } from '../registry';
import { newExceptionClass } from '../moduleErrors';
import { systemError } from '../io/osErrors';
import { writableBuffer } from '../io/ioBase';
import { SOCKET_CONSTANTS } from './socketConstants';
import { endpointOf, streamPair, type StreamEndpoint } from './inProcessSockets';

const socketModule = newModule('_socket', 'Implementation module for socket operations.\n\nSee the socket module for documentation.');
registerBuiltinModule('_socket', () => socketModule);
for (const [name, value] of SOCKET_CONSTANTS) socketModule.dict.setStr(name, value);

const AF_UNIX = 1;
const SOCK_STREAM = 1;
const SHUT_RD = 0;
const SHUT_WR = 1;
const SHUT_RDWR = 2;
const EAGAIN = 11;
const EBADF = 9;
const EINVAL = 22;
const EPIPE = 32;
const ENOSYS = 38;
const ENOTSOCK = 88;
const EOPNOTSUPP = 95;

socketModule.dict.setStr('error', OSError);
socketModule.dict.setStr('timeout', TimeoutError);
socketModule.dict.setStr('herror', newExceptionClass('socket.herror', [OSError]));
socketModule.dict.setStr('gaierror', newExceptionClass('socket.gaierror', [OSError]));

/** A timeout as CPython's socket_parse_timeout reads it: null for None (blocking), else seconds. */
function timeoutArgument(value: Py): number | null {
  if (value === null) return null;
  const seconds = value instanceof PyFloat ? value.value : intValue(value);
  if (seconds === undefined) throw typeError(`'${typeName(value)}' object cannot be interpreted as an integer`);
  const number = Number(seconds);
  if (Number.isNaN(number)) throw newException(ValueError, 'Invalid value NaN (not a number)');
  if (number < 0) throw newException(ValueError, 'Timeout value out of range');
  if (number > 9.2e9) throw newException(OverflowError, 'timestamp out of range for platform time_t');
  return number;
}

/** The timeout new sockets get: setdefaulttimeout's, None at start. */
let defaultTimeout: number | null = null;

class PySocket extends PyObject {
  /** -1 once closed or detached. */
  fd = -1;
  family = AF_UNIX;
  kind = SOCK_STREAM;
  proto = 0;
  /** Seconds; null blocks without limit, 0 never blocks. */
  timeout: number | null = defaultTimeout;
}

const socketType = nativeType('socket', undefined, { factory: (cls) => new PySocket(cls) });
socketType.attrs.set('__module__', '_socket');
socketType.attrs.set('__doc__', 'socket(family=AF_INET, type=SOCK_STREAM, proto=0) -> socket object\nsocket(family=-1, type=-1, proto=-1, fileno=None) -> socket object\n\nOpen a socket of the given type.');
socketType.attrs.set('__new__', new PyBuiltinFunction('__new__', (args) => newInstance(newTargetOf(socketType, args)), undefined, null));
socketModule.dict.setStr('socket', socketType);
socketModule.dict.setStr('SocketType', socketType);

const INIT = { name: 'socket', names: ['family', 'type', 'proto', 'fileno'], required: 0, positionalOnly: 0 };

/** The open endpoint behind `self`, or EBADF. */
function endpoint(self: PySocket): StreamEndpoint {
  const open = self.fd < 0 ? undefined : endpointOf(self.fd);
  if (open === undefined) throw systemError(EBADF);
  return open;
}

/**
 * Waits, as the socket's timeout says, until `ready()`: a non-blocking socket raises
 * BlockingIOError at once, a timed one TimeoutError('timed out') when the time is up.
 */
function awaitReadiness(self: PySocket, ready: () => boolean): void {
  if (ready()) return;
  if (self.timeout === 0) throw systemError(EAGAIN);
  if (!blockUntilReady('io', self.timeout === null ? Infinity : self.timeout * 1000, ready)) throw newException(TimeoutError, 'timed out');
}

function receive(self: PySocket, size: number): Uint8Array {
  const open = endpoint(self);
  awaitReadiness(self, () => open.readable);
  return open.receive(size);
}

/** One send(2): as many bytes as fit at once (blocking, as the timeout allows, until any fit). */
function sendOnce(self: PySocket, data: Uint8Array): number {
  const open = endpoint(self);
  awaitReadiness(self, () => open.writable);
  if (open.broken) throw systemError(EPIPE);
  return open.send(data);
}

function sizeArgument(value: Py, method: string): number {
  const size = cIntArgument(value);
  if (size < 0) throw newException(ValueError, `negative buffersize in ${method}`);
  return size;
}

defineMethods(socketType, {
  __init__(self: PySocket, args, kwnames) {
    const [family, kind, proto, fileno] = bindArguments(INIT, args, kwnames);
    if (fileno === undefined || fileno === null) throw systemError(ENOSYS);
    const fd = cIntArgument(fileno);
    if (fd < 0) throw newException(ValueError, 'negative file descriptor');
    if (endpointOf(fd) === undefined) throw systemError(ENOTSOCK);
    self.fd = fd;
    // An in-process socket is always a unix stream socket, whatever the caller says it is.
    self.family = family === undefined || cIntArgument(family) === -1 ? AF_UNIX : cIntArgument(family);
    self.kind = kind === undefined || cIntArgument(kind) === -1 ? SOCK_STREAM : cIntArgument(kind);
    self.proto = proto === undefined || cIntArgument(proto) === -1 ? 0 : cIntArgument(proto);
    return null;
  },
  __repr__(self: PySocket) {
    return `<socket object, fd=${self.fd}, family=${self.family}, type=${self.kind}, proto=${self.proto}>`;
  },
  fileno: (self: PySocket) => self.fd,
  detach(self: PySocket) {
    const fd = self.fd;
    self.fd = -1;
    return fd;
  },
  close(self: PySocket) {
    if (self.fd >= 0) endpointOf(self.fd)?.close();
    self.fd = -1;
    return null;
  },
  setblocking(self: PySocket, args, kwnames) {
    checkArgCount('setblocking', args, kwnames, 1);
    self.timeout = isTrue(args[0]) ? null : 0;
    return null;
  },
  getblocking: (self: PySocket) => self.timeout !== 0,
  settimeout(self: PySocket, args, kwnames) {
    checkArgCount('settimeout', args, kwnames, 1);
    self.timeout = timeoutArgument(args[0]);
    return null;
  },
  gettimeout: (self: PySocket) => (self.timeout === null ? null : new PyFloat(self.timeout)),
  recv(self: PySocket, args, kwnames) {
    checkArgCount('recv', args, kwnames, 1, 2);
    return new PyBytes(receive(self, sizeArgument(args[0], 'recv')));
  },
  recv_into(self: PySocket, args, kwnames) {
    const [buffer, nbytes] = bindArguments({ name: 'recv_into', names: ['buffer', 'nbytes', 'flags'], required: 1, positionalOnly: 0 }, args, kwnames);
    const target = writableBuffer(buffer!, 'recv_into');
    const size = nbytes === undefined || cIntArgument(nbytes) === 0 ? target.length : sizeArgument(nbytes, 'recv_into');
    if (size > target.length) throw newException(ValueError, 'buffer too small for requested bytes');
    const data = receive(self, size);
    target.set(data);
    return data.length;
  },
  send(self: PySocket, args, kwnames) {
    checkArgCount('send', args, kwnames, 1, 2);
    return sendOnce(self, bytesLikeArgument(args[0]));
  },
  sendall(self: PySocket, args, kwnames) {
    checkArgCount('sendall', args, kwnames, 1, 2);
    const data = bytesLikeArgument(args[0]);
    for (let sent = 0; sent < data.length;) sent += sendOnce(self, data.subarray(sent));
    return null;
  },
  shutdown(self: PySocket, args, kwnames) {
    checkArgCount('shutdown', args, kwnames, 1);
    const how = cIntArgument(args[0]);
    const open = endpoint(self);
    if (how !== SHUT_RD && how !== SHUT_WR && how !== SHUT_RDWR) throw systemError(EINVAL);
    open.shutDown(how !== SHUT_WR, how !== SHUT_RD);
    return null;
  },
  // An unnamed unix socket's address is the empty string.
  getsockname(self: PySocket) {
    endpoint(self);
    return '';
  },
  getpeername(self: PySocket) {
    endpoint(self);
    return '';
  },
});

defineGetSets(socketType, {
  family: { get: (self: PySocket) => self.family },
  type: { get: (self: PySocket) => self.kind },
  proto: { get: (self: PySocket) => self.proto },
  timeout: { get: (self: PySocket) => (self.timeout === null ? null : new PyFloat(self.timeout)) },
});

const define = (name: string, fn: (args: Py[], kwnames: readonly string[] | null) => Py): Py => defineFunction(socketModule, name, fn);

define('socketpair', (args, kwnames) => {
  const [family, kind] = bindArguments({ name: 'socketpair', names: ['family', 'type', 'proto'], required: 0 }, args, kwnames);
  if ((family !== undefined && cIntArgument(family) !== AF_UNIX) || (kind !== undefined && cIntArgument(kind) !== SOCK_STREAM)) {
    throw systemError(EOPNOTSUPP);
  }
  const pair = streamPair().map((end) => {
    const socket = new PySocket(socketType);
    socket.fd = end.fd;
    return socket;
  });
  return newTuple(pair);
});

define('getdefaulttimeout', (args, kwnames) => {
  checkArgCount('getdefaulttimeout', args, kwnames, 0);
  return defaultTimeout === null ? null : new PyFloat(defaultTimeout);
});

define('setdefaulttimeout', (args, kwnames) => {
  checkArgCount('setdefaulttimeout', args, kwnames, 1);
  defaultTimeout = timeoutArgument(args[0]);
  return null;
});

define('gethostname', (args, kwnames) => {
  checkArgCount('gethostname', args, kwnames, 0);
  return hostname();
});

/** htons and the like: Linux runs little-endian here, so network order is the bytes swapped. */
function byteSwapper(name: string, bits: 16 | 32): void {
  define(name, (args, kwnames) => {
    checkArgCount(name, args, kwnames, 1);
    const value = intValue(args[0]);
    if (value === undefined) throw typeError(`'${typeName(args[0])}' object cannot be interpreted as an integer`);
    const limit = bits === 16 ? 0xffff : 0xffffffff;
    if (value < 0 || value > limit) {
      throw newException(OverflowError, bits === 16 ? `${name}: Python int too large to convert to C 16-bit unsigned integer` : 'int larger than 32 bits');
    }
    const number = Number(value);
    if (bits === 16) return ((number & 0xff) << 8) | (number >> 8);
    return (((number & 0xff) << 24) | ((number & 0xff00) << 8) | ((number >> 8) & 0xff00) | (number >>> 24)) >>> 0;
  });
}
byteSwapper('htons', 16);
byteSwapper('ntohs', 16);
byteSwapper('htonl', 32);
byteSwapper('ntohl', 32);
