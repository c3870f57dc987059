// The _stat module: the st_mode bits and tests of Linux's <sys/stat.h>, and filemode().
// stat.py defines the same in Python, then takes these over (from _stat import *).
import type { Py } from '../objects/object';
import { newModule } from '../objects/module';
import { checkArgCount } from '../objects/native';
import { newException, OverflowError, typeError } from '../objects/exceptions';
import { intValue } from '../objects/int';
import { defineFunction } from './builtins';
import { registerBuiltinModule } from './registry';

const statModule = newModule(
  '_stat',
  'S_IFMT_: file type bits\nS_IFDIR: directory\nS_IFCHR: character device\nS_IFBLK: block device\nS_IFREG: regular file\n' +
    'S_IFIFO: fifo (named pipe)\nS_IFLNK: symbolic link\nS_IFSOCK: socket file\nS_IFDOOR: door\nS_IFPORT: event port\nS_IFWHT: whiteout\n\n' +
    'S_ISUID: set UID bit\nS_ISGID: set GID bit\nS_ENFMT: file locking enforcement\nS_ISVTX: sticky bit\n' +
    'S_IREAD: Unix V7 synonym for S_IRUSR\nS_IWRITE: Unix V7 synonym for S_IWUSR\nS_IEXEC: Unix V7 synonym for S_IXUSR\n' +
    'S_IRWXU: mask for owner permissions\nS_IRUSR: read by owner\nS_IWUSR: write by owner\nS_IXUSR: execute by owner\n' +
    'S_IRWXG: mask for group permissions\nS_IRGRP: read by group\nS_IWGRP: write by group\nS_IXGRP: execute by group\n' +
    'S_IRWXO: mask for others (not in group) permissions\nS_IROTH: read by others\nS_IWOTH: write by others\nS_IXOTH: execute by others\n\n' +
    'UF_NODUMP: do not dump file\nUF_IMMUTABLE: file may not be changed\nUF_APPEND: file may only be appended to\n' +
    'UF_OPAQUE: directory is opaque when viewed through a union stack\nUF_NOUNLINK: file may not be renamed or deleted\n' +
    'UF_COMPRESSED: OS X: file is hfs-compressed\nUF_HIDDEN: OS X: file should not be displayed\nSF_ARCHIVED: file may be archived\n' +
    'SF_IMMUTABLE: file may not be changed\nSF_APPEND: file may only be appended to\nSF_NOUNLINK: file may not be renamed or deleted\n' +
    'SF_SNAPSHOT: file is a snapshot file\n\nST_MODE\nST_INO\nST_DEV\nST_NLINK\nST_UID\nST_GID\nST_SIZE\nST_ATIME\nST_MTIME\nST_CTIME\n\n' +
    'FILE_ATTRIBUTE_*: Windows file attribute constants\n                   (only present on Windows)\n',
);
registerBuiltinModule('_stat', () => statModule);

const S_IFMT = 0o170000;
const S_IFDIR = 0o040000;
const S_IFCHR = 0o020000;
const S_IFBLK = 0o060000;
const S_IFREG = 0o100000;
const S_IFIFO = 0o010000;
const S_IFLNK = 0o120000;
const S_IFSOCK = 0o140000;
const S_ISUID = 0o4000;
const S_ISGID = 0o2000;
const S_ISVTX = 0o1000;

const CONSTANTS: Record<string, number> = {
  S_IFDIR, S_IFCHR, S_IFBLK, S_IFREG, S_IFIFO, S_IFLNK, S_IFSOCK,
  // Doors, event ports and whiteouts do not exist on Linux: CPython defines them as 0.
  S_IFDOOR: 0, S_IFPORT: 0, S_IFWHT: 0,
  S_ISUID, S_ISGID, S_ISVTX, S_ENFMT: S_ISGID,
  S_IREAD: 0o400, S_IWRITE: 0o200, S_IEXEC: 0o100,
  S_IRWXU: 0o700, S_IRUSR: 0o400, S_IWUSR: 0o200, S_IXUSR: 0o100,
  S_IRWXG: 0o070, S_IRGRP: 0o040, S_IWGRP: 0o020, S_IXGRP: 0o010,
  S_IRWXO: 0o007, S_IROTH: 0o004, S_IWOTH: 0o002, S_IXOTH: 0o001,
  UF_NODUMP: 0x1, UF_IMMUTABLE: 0x2, UF_APPEND: 0x4, UF_OPAQUE: 0x8, UF_NOUNLINK: 0x10, UF_COMPRESSED: 0x20, UF_HIDDEN: 0x8000,
  SF_ARCHIVED: 0x10000, SF_IMMUTABLE: 0x20000, SF_APPEND: 0x40000, SF_NOUNLINK: 0x100000, SF_SNAPSHOT: 0x200000,
  ST_MODE: 0, ST_INO: 1, ST_DEV: 2, ST_NLINK: 3, ST_UID: 4, ST_GID: 5, ST_SIZE: 6, ST_ATIME: 7, ST_MTIME: 8, ST_CTIME: 9,
};
for (const [name, value] of Object.entries(CONSTANTS)) statModule.dict.setStr(name, value);

/** A mode_t argument (_PyLong_AsMode_t): an int that fits 32 unsigned bits. */
function modeArgument(value: Py): number {
  const mode = intValue(value);
  if (mode === undefined) throw typeError('an integer is required');
  if (mode < 0) throw newException(OverflowError, "can't convert negative value to unsigned int");
  if (mode > 0xffffffff) throw newException(OverflowError, 'mode out of range');
  return Number(mode);
}

const FILE_TYPES: [string, number | null, string][] = [
  ['S_ISDIR', S_IFDIR, 'a directory'],
  ['S_ISCHR', S_IFCHR, 'a character special device file'],
  ['S_ISBLK', S_IFBLK, 'a block special device file'],
  ['S_ISREG', S_IFREG, 'a regular file'],
  ['S_ISFIFO', S_IFIFO, 'a FIFO (named pipe)'],
  ['S_ISLNK', S_IFLNK, 'a symbolic link'],
  ['S_ISSOCK', S_IFSOCK, 'a socket'],
  ['S_ISDOOR', null, 'a door'],
  ['S_ISPORT', null, 'an event port'],
  ['S_ISWHT', null, 'a whiteout'],
];
for (const [name, type, what] of FILE_TYPES) {
  defineFunction(statModule, name, (args, kwnames) => {
    checkArgCount(name, args, kwnames, 1);
    const mode = modeArgument(args[0]);
    return type !== null && (mode & S_IFMT) === type;
  }, `${name}(mode) -> bool\n\nReturn True if mode is from ${what}.`);
}

defineFunction(statModule, 'S_IMODE', (args, kwnames) => {
  checkArgCount('S_IMODE', args, kwnames, 1);
  return modeArgument(args[0]) & 0o7777;
}, "Return the portion of the file's mode that can be set by os.chmod().");

defineFunction(statModule, 'S_IFMT', (args, kwnames) => {
  checkArgCount('S_IFMT', args, kwnames, 1);
  return (modeArgument(args[0]) & S_IFMT) >>> 0;
}, "Return the portion of the file's mode that describes the file type.");

/** filemode()'s first letter, the common file types first, as _stat.c tests them. */
const TYPE_LETTERS: [number, string][] = [[S_IFREG, '-'], [S_IFDIR, 'd'], [S_IFLNK, 'l'], [S_IFBLK, 'b'], [S_IFCHR, 'c'], [S_IFIFO, 'p'], [S_IFSOCK, 's']];

defineFunction(statModule, 'filemode', (args, kwnames) => {
  checkArgCount('filemode', args, kwnames, 1);
  const mode = modeArgument(args[0]);
  const type = TYPE_LETTERS.find(([bits]) => (mode & S_IFMT) === bits)?.[1] ?? '?';
  const bit = (mask: number, letter: string): string => ((mode & mask) !== 0 ? letter : '-');
  const execute = (mask: number, special: number, set: string, unset: string): string =>
    (mode & special) !== 0 ? ((mode & mask) !== 0 ? set : unset) : bit(mask, 'x');
  return type + bit(0o400, 'r') + bit(0o200, 'w') + execute(0o100, S_ISUID, 's', 'S')
    + bit(0o040, 'r') + bit(0o020, 'w') + execute(0o010, S_ISGID, 's', 'S')
    + bit(0o004, 'r') + bit(0o002, 'w') + execute(0o001, S_ISVTX, 't', 'T');
}, "Convert a file's mode to a string of the form '-rwxrwxrwx'");
