// The path arguments of posix functions (CPython's path_t converter): a str, bytes or
// os.PathLike, for some functions also an open file descriptor or None; and the file
// names they give back, as bytes when the path was given as bytes and else decoded
// with surrogateescape (so undecodable bytes survive a round trip).
import type { Py } from '../../objects/object';
import { PyBytes } from '../../objects/bytes';
import { strValue } from '../../objects/str';
import { typeName, typeOf } from '../../objects/typeOf';
import { newException, OverflowError, typeError, ValueError } from '../../objects/exceptions';
import { callUnbound, pyIndex } from '../../objects/protocols';
import { intValue } from '../../objects/int';
import { decodeBytes, encodeStr } from '../../objects/strCodecs';

/** A path as node:fs takes it, with what errors and results need to know of it. */
export interface FsPath {
  /** The string or bytes given to node:fs. */
  readonly target: string | Buffer;
  /** The path after __fspath__: the file name an OSError names. */
  readonly filename: string | PyBytes;
  /** Given as bytes: file names and links come back as bytes. */
  readonly isBytes: boolean;
}

interface PathKinds {
  /** An int is an open file descriptor to operate on. */
  fd?: boolean;
  /** None is accepted (and means the current directory). */
  none?: boolean;
}

/** "string, bytes, os.PathLike, integer or None", as much of it as the function takes. */
function acceptedKinds(kinds: PathKinds): string {
  if (kinds.fd && kinds.none) return 'string, bytes, os.PathLike, integer or None';
  if (kinds.none) return 'string, bytes, os.PathLike or None';
  if (kinds.fd) return 'string, bytes, os.PathLike or integer';
  return 'string, bytes or os.PathLike';
}

/** The str or bytes a path argument stands for, through __fspath__; undefined for anything else. */
function fspathOf(value: Py, function_: string, argument: string, kinds: PathKinds): string | PyBytes {
  const text = strValue(value);
  if (text !== undefined) return text;
  if (value instanceof PyBytes) return value;
  const method = typeOf(value).lookup('__fspath__');
  if (method === undefined) throw typeError(`${function_}: ${argument} should be ${acceptedKinds(kinds)}, not ${typeName(value)}`);
  const result = callUnbound(method, value, []);
  const resultText = strValue(result);
  if (resultText !== undefined) return resultText;
  if (result instanceof PyBytes) return result;
  throw typeError(`expected ${typeName(value)}.__fspath__() to return str or bytes, not ${typeName(result)}`);
}

/** A path argument (no file descriptor, no None): `function_: argument should be ...` when it is none. */
export function pathArgument(function_: string, argument: string, value: Py): FsPath {
  return toFsPath(fspathOf(value, function_, argument, {}));
}

/** A path argument that may also be an open file descriptor (and, with `none`, None for '.'). */
export function pathOrDescriptor(function_: string, argument: string, value: Py, none = false): FsPath | number {
  if (none && value === null) return toFsPath('.');
  if (intValue(value) !== undefined) return descriptorArgument(value);
  return toFsPath(fspathOf(value, function_, argument, { fd: true, none }));
}

function toFsPath(path: string | PyBytes): FsPath {
  if (typeof path === 'string') {
    if (path.includes('\0')) throw newException(ValueError, 'embedded null byte');
    const target = /[\ud800-\udfff]/.test(path) ? Buffer.from(encodeStr(path, 'utf-8', 'surrogateescape')) : path;
    return { target, filename: path, isBytes: false };
  }
  if (path.bytes.includes(0)) throw newException(ValueError, 'embedded null byte');
  return { target: Buffer.from(path.bytes), filename: path, isBytes: true };
}

/** A file descriptor argument (CPython's _fd_converter): an int within C int's range. */
export function descriptorArgument(value: Py): number {
  const fd = pyIndex(value);
  if (fd > 2 ** 31 - 1) throw newException(OverflowError, 'fd is greater than maximum');
  if (fd < -(2 ** 31)) throw newException(OverflowError, 'fd is less than minimum');
  return Number(fd);
}

/** A file name read from the system, as a path given as `isBytes` wants it. */
export function fileNameResult(name: Buffer, isBytes: boolean): Py {
  return isBytes ? new PyBytes(new Uint8Array(name)) : decodeBytes(name, 'utf-8', 'surrogateescape');
}

/** `directory` joined to `name` with one slash (CPython's join_path_filename), as node:fs takes it. */
export function joinPath(directory: string | Buffer, name: Buffer): Buffer {
  const base = Buffer.from(directory);
  if (base.length === 0 || base[base.length - 1] === 0x2f) return Buffer.concat([base, name]);
  return Buffer.concat([base, Buffer.from('/'), name]);
}

/**
 * The path node:fs should take for `path` relative to the directory open as `dirFd`
 * (the *at() calls' dir_fd argument; None for the working directory): node:fs has no
 * openat(), but Linux's /proc/PID/fd/N names that directory.
 */
export function pathAt(path: FsPath, dirFd: Py | undefined): string | Buffer {
  if (dirFd === undefined || dirFd === null) return path.target;
  const fd = descriptorArgument(dirFd);
  const target = Buffer.from(path.target);
  if (target[0] === 0x2f) return path.target;
  return joinPath(descriptorPath(fd), target);
}

/** The name of open file descriptor `fd` (through this process's pid, so that a child it starts sees the same file). */
export function descriptorPath(fd: number): string {
  return `/proc/${process.pid}/fd/${fd}`;
}
