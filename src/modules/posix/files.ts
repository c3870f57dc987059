// The file system calls of posix that take paths: the working directory, making and
// removing files and directories, renaming and linking, permissions, times and sizes.
import {
  accessSync, chmodSync, chownSync, fchmodSync, fchownSync, ftruncateSync, futimesSync, lchownSync, linkSync, lutimesSync, mkdirSync,
  lstatSync, readlinkSync, renameSync, rmdirSync, statSync, symlinkSync, truncateSync, unlinkSync, utimesSync,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import type { Py } from '../../objects/object';
import { PyBytes } from '../../objects/bytes';
import { PyFloat } from '../../objects/float';
import { PyTuple } from '../../objects/tuple';
import { isTrue, pyIndex } from '../../objects/protocols';
import { newException, NotImplementedError, typeError, ValueError } from '../../objects/exceptions';
import { cIntArgument } from '../../objects/bytesArguments';
import { decodeBytes } from '../../objects/strCodecs';
import { checkPosixArgCount, definePosix, errnoError, posixArguments, posixCall } from './posixModule';
import { descriptorPath, fileNameResult, type FsPath, pathArgument, pathAt, pathOrDescriptor } from './pathArguments';

// ---------------------------------------------------------------- the working directory

function workingDirectory(): Buffer {
  return Buffer.from(posixCall(() => process.cwd()));
}

definePosix('getcwd', (args, kwnames) => {
  checkPosixArgCount('getcwd', args, kwnames, 0);
  return decodeBytes(workingDirectory(), 'utf-8', 'surrogateescape');
});

definePosix('getcwdb', (args, kwnames) => {
  checkPosixArgCount('getcwdb', args, kwnames, 0);
  return new PyBytes(new Uint8Array(workingDirectory()));
});

/**
 * How the working directory changes: process.chdir, which Node has only on the main
 * thread; an embedder running Python on a worker thread (the kernel) does it there.
 */
let changeDirectory = (path: string): void => process.chdir(path);

export function setDirectoryChanger(changer: (path: string) => void): void {
  changeDirectory = changer;
}

definePosix('chdir', (args, kwnames) => {
  const [path] = posixArguments('chdir', ['path'], args, kwnames);
  const target = pathOrDescriptor('chdir', 'path', path!);
  // process.chdir takes a string: a descriptor's directory is reached through /proc.
  if (typeof target === 'number') posixCall(() => changeDirectory(descriptorPath(target)));
  else posixCall(() => changeDirectory(target.target.toString()), target.filename);
  return null;
});

definePosix('umask', (args, kwnames) => {
  checkPosixArgCount('umask', args, kwnames, 1);
  return process.umask(cIntArgument(args[0]));
});

// ---------------------------------------------------------------- making and removing

/** A keyword-only dir_fd, and the path relative to it. */
function pathArgumentAt(function_: string, argument: string, value: Py, dirFd: Py | undefined): [FsPath, string | Buffer] {
  const path = pathArgument(function_, argument, value);
  return [path, pathAt(path, dirFd)];
}

definePosix('mkdir', (args, kwnames) => {
  const [pathValue, mode, dirFd] = posixArguments('mkdir', ['path', 'mode', 'dir_fd'], args, kwnames, 1, 2);
  const [path, target] = pathArgumentAt('mkdir', 'path', pathValue!, dirFd);
  const permissions = mode === undefined ? 0o777 : cIntArgument(mode);
  posixCall(() => mkdirSync(target, { mode: permissions }), path.filename);
  return null;
});

definePosix('rmdir', (args, kwnames) => {
  const [pathValue, dirFd] = posixArguments('rmdir', ['path', 'dir_fd'], args, kwnames, 1, 1);
  const [path, target] = pathArgumentAt('rmdir', 'path', pathValue!, dirFd);
  posixCall(() => rmdirSync(target), path.filename);
  return null;
});

for (const name of ['unlink', 'remove']) {
  definePosix(name, (args, kwnames) => {
    const [pathValue, dirFd] = posixArguments(name, ['path', 'dir_fd'], args, kwnames, 1, 1);
    const [path, target] = pathArgumentAt(name, 'path', pathValue!, dirFd);
    posixCall(() => unlinkSync(target), path.filename);
    return null;
  });
}

// rename() and replace() are the same call on POSIX: rename(2) replaces an existing target.
for (const name of ['rename', 'replace']) {
  definePosix(name, (args, kwnames) => {
    const [srcValue, dstValue, srcDirFd, dstDirFd] = posixArguments(name, ['src', 'dst', 'src_dir_fd', 'dst_dir_fd'], args, kwnames, 2, 2);
    const [src, srcTarget] = pathArgumentAt(name, 'src', srcValue!, srcDirFd);
    const [dst, dstTarget] = pathArgumentAt(name, 'dst', dstValue!, dstDirFd);
    posixCall(() => renameSync(srcTarget, dstTarget), src.filename, dst.filename);
    return null;
  });
}

definePosix('link', (args, kwnames) => {
  const [srcValue, dstValue, srcDirFd, dstDirFd] = posixArguments('link', ['src', 'dst', 'src_dir_fd', 'dst_dir_fd', 'follow_symlinks'], args, kwnames, 2, 2);
  const [src, srcTarget] = pathArgumentAt('link', 'src', srcValue!, srcDirFd);
  const [dst, dstTarget] = pathArgumentAt('link', 'dst', dstValue!, dstDirFd);
  posixCall(() => linkSync(srcTarget, dstTarget), src.filename, dst.filename);
  return null;
});

definePosix('symlink', (args, kwnames) => {
  const [srcValue, dstValue, , dirFd] = posixArguments('symlink', ['src', 'dst', 'target_is_directory', 'dir_fd'], args, kwnames, 2, 3);
  const src = pathArgument('symlink', 'src', srcValue!);
  const [dst, dstTarget] = pathArgumentAt('symlink', 'dst', dstValue!, dirFd);
  posixCall(() => symlinkSync(src.target, dstTarget), src.filename, dst.filename);
  return null;
});

definePosix('readlink', (args, kwnames) => {
  const [pathValue, dirFd] = posixArguments('readlink', ['path', 'dir_fd'], args, kwnames, 1, 1);
  const [path, target] = pathArgumentAt('readlink', 'path', pathValue!, dirFd);
  return fileNameResult(posixCall(() => readlinkSync(target, { encoding: 'buffer' }), path.filename), path.isBytes);
});

// ---------------------------------------------------------------- permissions and owners

definePosix('chmod', (args, kwnames) => {
  const [pathValue, mode, dirFd, followSymlinks] = posixArguments('chmod', ['path', 'mode', 'dir_fd', 'follow_symlinks'], args, kwnames, 2, 2);
  const target = pathOrDescriptor('chmod', 'path', pathValue!);
  const permissions = cIntArgument(mode!);
  // Linux has no lchmod(): CPython reports the option unavailable.
  if (followSymlinks !== undefined && !isTrue(followSymlinks)) throw newException(NotImplementedError, 'chmod: follow_symlinks unavailable on this platform');
  if (typeof target === 'number') posixCall(() => fchmodSync(target, permissions));
  else posixCall(() => chmodSync(pathAt(target, dirFd), permissions), target.filename);
  return null;
});

definePosix('fchmod', (args, kwnames) => {
  const [fd, mode] = posixArguments('fchmod', ['fd', 'mode'], args, kwnames);
  const descriptor = cIntArgument(fd!);
  posixCall(() => fchmodSync(descriptor, cIntArgument(mode!)));
  return null;
});

/** A uid or gid argument: -1 (leave unchanged) or a non-negative id. */
function idArgument(value: Py): number {
  return Number(pyIndex(value));
}

definePosix('chown', (args, kwnames) => {
  const [pathValue, uid, gid, dirFd, followSymlinks] = posixArguments('chown', ['path', 'uid', 'gid', 'dir_fd', 'follow_symlinks'], args, kwnames, 3, 3);
  const target = pathOrDescriptor('chown', 'path', pathValue!);
  const [owner, group] = [idArgument(uid!), idArgument(gid!)];
  if (typeof target === 'number') {
    posixCall(() => fchownSync(target, owner, group));
  } else {
    const follow = followSymlinks === undefined || isTrue(followSymlinks);
    const at = pathAt(target, dirFd);
    posixCall(() => (follow ? chownSync(at, owner, group) : lchownSync(at, owner, group)), target.filename);
  }
  return null;
});

definePosix('lchown', (args, kwnames) => {
  const [pathValue, uid, gid] = posixArguments('lchown', ['path', 'uid', 'gid'], args, kwnames);
  const path = pathArgument('lchown', 'path', pathValue!);
  posixCall(() => lchownSync(path.target, idArgument(uid!), idArgument(gid!)), path.filename);
  return null;
});

definePosix('fchown', (args, kwnames) => {
  const [fd, uid, gid] = posixArguments('fchown', ['fd', 'uid', 'gid'], args, kwnames);
  const descriptor = cIntArgument(fd!);
  posixCall(() => fchownSync(descriptor, idArgument(uid!), idArgument(gid!)));
  return null;
});

definePosix('access', (args, kwnames) => {
  const [pathValue, mode, dirFd] = posixArguments('access', ['path', 'mode', 'dir_fd', 'effective_ids', 'follow_symlinks'], args, kwnames, 2, 2);
  const [, target] = pathArgumentAt('access', 'path', pathValue!, dirFd);
  const wanted = cIntArgument(mode!);
  try {
    accessSync(target, wanted);
    return true;
  } catch {
    return false;
  }
});

// ---------------------------------------------------------------- times and sizes

const NS_PER_SECOND = 1_000_000_000n;

/** A time in nanoseconds from utime's `times`: an int, or a float rounded down (_PyTime_ObjectToTimespec). */
function timeArgument(value: Py): bigint {
  if (value instanceof PyFloat) {
    const x = value.value;
    if (Number.isNaN(x)) throw newException(ValueError, 'Invalid value NaN (not a number)');
    const whole = Math.trunc(x);
    return BigInt(whole) * NS_PER_SECOND + BigInt(Math.floor((x - whole) * 1e9));
  }
  return BigInt(pyIndex(value)) * NS_PER_SECOND;
}

/** The access and modification times utime() sets, in nanoseconds; undefined for "now". */
function utimeTimes(times: Py | undefined, ns: Py | undefined): [bigint, bigint] | undefined {
  const hasTimes = times !== undefined && times !== null;
  if (hasTimes && ns !== undefined) throw newException(ValueError, "utime: you may specify either 'times' or 'ns' but not both");
  if (hasTimes) {
    if (!(times instanceof PyTuple) || times.items.length !== 2) throw typeError("utime: 'times' must be either a tuple of two ints or None");
    return [timeArgument(times.items[0]), timeArgument(times.items[1])];
  }
  if (ns !== undefined) {
    if (!(ns instanceof PyTuple) || ns.items.length !== 2) throw typeError("utime: 'ns' must be a tuple of two ints");
    return [BigInt(pyIndex(ns.items[0])), BigInt(pyIndex(ns.items[1]))];
  }
  return undefined;
}

/**
 * node:fs sets times through libuv, which takes seconds as a double and keeps whole
 * microseconds of them, and refuses times before 1970: such a time is exact when it is
 * a non-negative whole number of microseconds (given a half microsecond over, so that
 * the double's rounding cannot take it below).
 */
function nodeSeconds(ns: bigint): number | undefined {
  if (ns < 0n || ns % 1000n !== 0n) return undefined;
  return Number(ns / NS_PER_SECOND) + (Number(ns % NS_PER_SECOND) + 500) / 1e9;
}

/** touch's form of a time in nanoseconds: "@[-]seconds.nanoseconds" (the sign applies to the whole). */
function touchTime(ns: bigint): string {
  const magnitude = ns < 0n ? -ns : ns;
  return `@${ns < 0n ? '-' : ''}${magnitude / NS_PER_SECOND}.${(magnitude % NS_PER_SECOND).toString().padStart(9, '0')}`;
}

/**
 * Sets the times of `path` (a descriptor's through /proc/PID/fd) exactly: through node:fs when
 * it can, else with coreutils' touch, once the file is known to exist (touch -c would
 * say nothing of a missing one).
 */
function setTimes(path: string | Buffer, atime: bigint, mtime: bigint, follow: boolean): void {
  const [a, m] = [nodeSeconds(atime), nodeSeconds(mtime)];
  if (a !== undefined && m !== undefined) {
    posixCall(() => (follow ? utimesSync(path, a, m) : lutimesSync(path, a, m)));
    return;
  }
  posixCall(() => (follow ? statSync(path) : lstatSync(path)));
  const noFollow = follow ? [] : ['-h'];
  for (const [flag, time] of [['-a', atime], ['-m', mtime]] as const) {
    const result = spawnSync('touch', ['-c', ...noFollow, flag, '-d', touchTime(time), '--', path.toString()]);
    if (result.status !== 0) throw errnoError(EPERM);
  }
}

const EPERM = 1;

definePosix('utime', (args, kwnames) => {
  const [pathValue, times, ns, dirFd, followSymlinks] = posixArguments('utime', ['path', 'times', 'ns', 'dir_fd', 'follow_symlinks'], args, kwnames, 1, 2);
  const target = pathOrDescriptor('utime', 'path', pathValue!);
  const given = utimeTimes(times, ns);
  const follow = followSymlinks === undefined || isTrue(followSymlinks);
  // (CPython's utime errors name no file.)
  if (given === undefined) {
    // Now, as precisely as node:fs takes it.
    const now = Date.now() / 1000;
    if (typeof target === 'number') posixCall(() => futimesSync(target, now, now));
    else posixCall(() => (follow ? utimesSync(pathAt(target, dirFd), now, now) : lutimesSync(pathAt(target, dirFd), now, now)));
    return null;
  }
  const [atime, mtime] = given;
  if (typeof target === 'number') setTimes(descriptorPath(target), atime, mtime, true);
  else setTimes(pathAt(target, dirFd), atime, mtime, follow);
  return null;
});

definePosix('truncate', (args, kwnames) => {
  const [pathValue, length] = posixArguments('truncate', ['path', 'length'], args, kwnames);
  const target = pathOrDescriptor('truncate', 'path', pathValue!);
  const size = Number(pyIndex(length!));
  if (typeof target === 'number') posixCall(() => ftruncateSync(target, size));
  else posixCall(() => truncateSync(target.target, size), target.filename);
  return null;
});
