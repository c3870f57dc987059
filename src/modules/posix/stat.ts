// stat(), lstat() and fstat(), and the os.stat_result they return: ten tuple items (the
// times as whole seconds), and by name the times as floats and in nanoseconds, the
// block size and count, and the device a special file stands for.
import { fstatSync, lstatSync, statSync, type BigIntStats } from 'node:fs';
import type { Py } from '../../objects/object';
import type { PyTuple } from '../../objects/tuple';
import { PyFloat } from '../../objects/float';
import { pyInt } from '../../ast/constant';
import { isTrue } from '../../objects/protocols';
import { newException, ValueError } from '../../objects/exceptions';
import { cIntArgument } from '../../objects/bytesArguments';
import { newStructSeq, type PyStructSeq, structSeqType } from '../../objects/structSeq';
import { PyBuiltinFunction } from '../../objects/native';
import { definePosix, posixArguments, posixCall, posixModule } from './posixModule';
import { type FsPath, pathArgument, pathAt, pathOrDescriptor } from './pathArguments';

export const statResultType = structSeqType(
  'os',
  'stat_result',
  ['st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size', null, null, null],
  { hidden: ['st_atime', 'st_mtime', 'st_ctime', 'st_atime_ns', 'st_mtime_ns', 'st_ctime_ns', 'st_blksize', 'st_blocks', 'st_rdev'] },
);
posixModule.dict.setStr('stat_result', statResultType);

// statresult_new: a stat_result made from a sequence without the float times takes them
// from the integer ones.
const structSeqNew = statResultType.attrs.get('__new__') as PyBuiltinFunction;
statResultType.attrs.set('__new__', new PyBuiltinFunction('__new__', (args, kwnames) => {
  const result = structSeqNew.fn(args, kwnames) as PyStructSeq;
  for (let i = 0; i < 3; i++) if (result.hidden[i] === null) result.hidden[i] = result.items[7 + i];
  return result;
}, undefined, null));

const NS_PER_SECOND = 1_000_000_000n;

/** A timestamp in nanoseconds as (whole seconds, float seconds), computed as CPython's fill_time does. */
function splitTime(ns: bigint): [Py, PyFloat] {
  let seconds = ns / NS_PER_SECOND;
  let fraction = ns % NS_PER_SECOND;
  if (fraction < 0n) {
    seconds -= 1n;
    fraction += NS_PER_SECOND;
  }
  return [pyInt(seconds), new PyFloat(Number(seconds) + Number(fraction) * 1e-9)];
}

/** The os.stat_result for what node:fs's stat calls found. */
export function statResult(stats: BigIntStats): PyTuple {
  const [atime, atimeFloat] = splitTime(stats.atimeNs);
  const [mtime, mtimeFloat] = splitTime(stats.mtimeNs);
  const [ctime, ctimeFloat] = splitTime(stats.ctimeNs);
  return newStructSeq(statResultType, [
    pyInt(stats.mode), pyInt(stats.ino), pyInt(stats.dev), pyInt(stats.nlink), pyInt(stats.uid), pyInt(stats.gid), pyInt(stats.size),
    atime, mtime, ctime,
    atimeFloat, mtimeFloat, ctimeFloat, pyInt(stats.atimeNs), pyInt(stats.mtimeNs), pyInt(stats.ctimeNs),
    pyInt(stats.blksize), pyInt(stats.blocks), pyInt(stats.rdev),
  ]);
}

/** stat(2) (or lstat(2), not following a final symbolic link) of `path`. */
export function statPath(path: FsPath, followSymlinks: boolean, dirFd?: Py): BigIntStats {
  const target = pathAt(path, dirFd);
  return posixCall(() => (followSymlinks ? statSync(target, { bigint: true }) : lstatSync(target, { bigint: true })), path.filename);
}

/** fstat(2). */
export function statDescriptor(fd: number): BigIntStats {
  return posixCall(() => fstatSync(fd, { bigint: true }));
}

definePosix('stat', (args, kwnames) => {
  const [path, dirFd, followSymlinks] = posixArguments('stat', ['path', 'dir_fd', 'follow_symlinks'], args, kwnames, 1, 1);
  const follow = followSymlinks === undefined || isTrue(followSymlinks);
  const target = pathOrDescriptor('stat', 'path', path!);
  if (typeof target === 'number') {
    if (!follow) throw newException(ValueError, 'stat: cannot use fd and follow_symlinks together');
    return statResult(statDescriptor(target));
  }
  return statResult(statPath(target, follow, dirFd));
});

definePosix('lstat', (args, kwnames) => {
  const [path, dirFd] = posixArguments('lstat', ['path', 'dir_fd'], args, kwnames, 1, 1);
  return statResult(statPath(pathArgument('lstat', 'path', path!), false, dirFd));
});

definePosix('fstat', (args, kwnames) => {
  const [fd] = posixArguments('fstat', ['fd'], args, kwnames);
  return statResult(statDescriptor(cIntArgument(fd!)));
});
