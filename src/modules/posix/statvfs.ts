// statvfs() and fstatvfs(): a file system's sizes from node:fs's statfs, and its mount
// flags (which statfs leaves out) from the options of its mount in /proc/self/mountinfo.
import { readFileSync, realpathSync, statfsSync } from 'node:fs';
import type { Py } from '../../objects/object';
import type { PyTuple } from '../../objects/tuple';
import { pyInt } from '../../ast/constant';
import { cIntArgument } from '../../objects/bytesArguments';
import { newStructSeq, structSeqType } from '../../objects/structSeq';
import { definePosix, posixArguments, posixCall, posixModule } from './posixModule';
import { descriptorPath, pathOrDescriptor } from './pathArguments';

const statvfsResultType = structSeqType(
  'os',
  'statvfs_result',
  ['f_bsize', 'f_frsize', 'f_blocks', 'f_bfree', 'f_bavail', 'f_files', 'f_ffree', 'f_favail', 'f_flag', 'f_namemax'],
  { hidden: ['f_fsid'] },
);
posixModule.dict.setStr('statvfs_result', statvfsResultType);

/** The ST_* flags statvfs reports, by the mount option that sets each. */
const MOUNT_FLAGS: Record<string, number> = {
  ro: 1, nosuid: 2, nodev: 4, noexec: 8, sync: 16, mand: 64, noatime: 1024, nodiratime: 2048, relatime: 4096,
};
for (const [name, value] of [
  ['ST_RDONLY', 1], ['ST_NOSUID', 2], ['ST_NODEV', 4], ['ST_NOEXEC', 8], ['ST_SYNCHRONOUS', 16], ['ST_MANDLOCK', 64],
  ['ST_WRITE', 128], ['ST_APPEND', 256], ['ST_NOATIME', 1024], ['ST_NODIRATIME', 2048], ['ST_RELATIME', 4096],
] as const) {
  posixModule.dict.setStr(name, value);
}

/** The mount flags of the file system holding `path`: its mount is the one whose mount point is the longest prefix. */
function mountFlags(path: string): number {
  let best = '';
  let options = '';
  for (const line of readFileSync('/proc/self/mountinfo', 'utf-8').split('\n')) {
    const fields = line.split(' ');
    if (fields.length < 6) continue;
    const mountPoint = fields[4].replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)));
    const contains = mountPoint === '/' || path === mountPoint || path.startsWith(`${mountPoint}/`);
    if (contains && mountPoint.length >= best.length) {
      best = mountPoint;
      options = fields[5];
    }
  }
  return options.split(',').reduce((flags, option) => flags | (MOUNT_FLAGS[option] ?? 0), 0);
}

/** The longest file name the file system takes (NAME_MAX: the same on Linux's file systems). */
const NAME_MAX = 255;

/** The statvfs_result of the file system holding `path` (f_fsid, which statfs does not give, is None). */
function statvfsResult(path: string | Buffer, filename?: Py): PyTuple {
  const stats = posixCall(() => statfsSync(path, { bigint: true }), filename);
  const real = posixCall(() => realpathSync(path, { encoding: 'utf-8' }), filename);
  const size = pyInt(stats.bsize);
  return newStructSeq(statvfsResultType, [
    size, size, pyInt(stats.blocks), pyInt(stats.bfree), pyInt(stats.bavail), pyInt(stats.files), pyInt(stats.ffree), pyInt(stats.ffree),
    mountFlags(real), NAME_MAX, null,
  ]);
}

definePosix('statvfs', (args, kwnames) => {
  const [pathValue] = posixArguments('statvfs', ['path'], args, kwnames);
  const target = pathOrDescriptor('statvfs', 'path', pathValue!);
  if (typeof target === 'number') return statvfsResult(descriptorPath(target));
  return statvfsResult(target.target, target.filename);
});

definePosix('fstatvfs', (args, kwnames) => {
  const [fd] = posixArguments('fstatvfs', ['fd'], args, kwnames);
  return statvfsResult(descriptorPath(cIntArgument(fd!)));
});
