// listdir() and scandir(): a directory's entries in the order the file system gives
// them (node:fs's opendir reads them raw, as CPython's readdir loop does; readdirSync
// would sort them). scandir yields DirEntry objects, which know from the directory
// listing whether they are directories, files or links, and stat only when they must.
import { opendirSync, type BigIntStats, type Dir, type Dirent } from 'node:fs';
import { PyObject, type Py } from '../../objects/object';
import { nativeType } from '../../objects/type';
import { PyList } from '../../objects/list';
import { PyBytes } from '../../objects/bytes';
import { bindArguments, checkArgCount, defineMethods, defineGetSets } from '../../objects/native';
import { FileNotFoundError, isInstanceOfException, typeError } from '../../objects/exceptions';
import { isTrue, pyRepr } from '../../objects/protocols';
import { pyInt } from '../../ast/constant';
import { defineNew } from '../../objects/builtinNew';
import { PyNativeIterator } from '../../objects/nativeIterator';
import { defineIteratorMethods } from '../../objects/iterators';
import { defineClassGetItem } from '../../objects/genericAlias';
import { definePosix, posixArguments, posixCall, posixModule } from './posixModule';
import { descriptorPath, type FsPath, fileNameResult, joinPath, pathOrDescriptor } from './pathArguments';
import { statPath, statResult } from './stat';

// Read with the 'buffer' encoding, entries are named by their bytes (node's types do not
// know that encoding for directories, hence the casts).
const BYTE_NAMES = { encoding: 'buffer' as BufferEncoding };

/** Opens a directory for reading its entries: a path, or an open descriptor (whose entries are then named alone). */
function openDirectory(target: FsPath | number): Dir {
  if (typeof target === 'number') return posixCall(() => opendirSync(descriptorPath(target), BYTE_NAMES));
  return posixCall(() => opendirSync(target.target, BYTE_NAMES), target.filename);
}

/** The next entry of an open directory (readdir(3)), or null at its end. */
function readEntry(dir: Dir, filename?: Py): Dirent | null {
  return posixCall(() => dir.readSync(), filename);
}

definePosix('listdir', (args, kwnames) => {
  const [path] = posixArguments('listdir', ['path'], args, kwnames, 0);
  const target = pathOrDescriptor('listdir', 'path', path ?? null, true);
  const dir = openDirectory(target);
  const isBytes = typeof target !== 'number' && target.isBytes;
  const names: Py[] = [];
  try {
    for (let entry = readEntry(dir); entry !== null; entry = readEntry(dir)) {
      names.push(fileNameResult(entry.name as unknown as Buffer, isBytes));
    }
  } finally {
    dir.closeSync();
  }
  return new PyList(names);
});

// ---------------------------------------------------------------- DirEntry

export const dirEntryType = nativeType('DirEntry', undefined, { baseType: false });
dirEntryType.attrs.set('__module__', 'posix');
posixModule.dict.setStr('DirEntry', dirEntryType);
defineNew(dirEntryType, () => {
  throw typeError("cannot create 'posix.DirEntry' instances");
});
defineClassGetItem(dirEntryType);

/** What the directory listing said an entry is (d_type); 'unknown' when the file system did not say. */
type EntryKind = 'directory' | 'file' | 'symlink' | 'other' | 'unknown';

function entryKind(entry: Dirent): EntryKind {
  if (entry.isDirectory()) return 'directory';
  if (entry.isFile()) return 'file';
  if (entry.isSymbolicLink()) return 'symlink';
  if (entry.isFIFO() || entry.isSocket() || entry.isCharacterDevice() || entry.isBlockDevice()) return 'other';
  return 'unknown';
}

const S_IFMT = 0o170000n;
const S_IFDIR = 0o040000n;
const S_IFREG = 0o100000n;
const S_IFLNK = 0o120000n;

class PyDirEntry extends PyObject {
  /** stat() of the entry, following a link and not: each made once, when first asked. */
  private followed: BigIntStats | undefined;
  private notFollowed: BigIntStats | undefined;

  constructor(
    readonly name: Py,
    readonly path: Py,
    /** The entry's path as node:fs takes it, and as errors name it. */
    private readonly location: FsPath,
    private readonly kind: EntryKind,
  ) {
    super(dirEntryType);
  }

  stat(followSymlinks: boolean): BigIntStats {
    if (followSymlinks && this.isSymlink()) return (this.followed ??= statPath(this.location, true));
    return (this.notFollowed ??= statPath(this.location, false));
  }

  isSymlink(): boolean {
    if (this.kind !== 'unknown') return this.kind === 'symlink';
    return (this.stat(false).mode & S_IFMT) === S_IFLNK;
  }

  /** is_dir() / is_file(): from the listing when it says, else from stat(); a vanished file is neither. */
  hasFormat(format: bigint, followSymlinks: boolean): boolean {
    if (this.kind === 'unknown' || (followSymlinks && this.kind === 'symlink')) {
      try {
        return (this.stat(followSymlinks).mode & S_IFMT) === format;
      } catch (error) {
        if (isInstanceOfException(error, FileNotFoundError)) return false;
        throw error;
      }
    }
    if (this.kind === 'directory') return format === S_IFDIR;
    if (this.kind === 'file') return format === S_IFREG;
    return false;
  }

  /** The inode number: node:fs's listing does not give d_ino, so it is lstat's (the same but at mount points). */
  inode(): bigint {
    return this.stat(false).ino;
  }
}

/** The keyword-only follow_symlinks=True of DirEntry's methods. */
function followSymlinksArgument(name: string, args: Py[], kwnames: readonly string[] | null): boolean {
  const [follow] = bindArguments({ name, names: ['follow_symlinks'], required: 0, positionalOnly: 0, keywordOnlyFrom: 0 }, args, kwnames);
  return follow === undefined || isTrue(follow);
}

defineGetSets(dirEntryType, {
  name: { get: (self: PyDirEntry) => self.name },
  path: { get: (self: PyDirEntry) => self.path },
});

defineMethods(dirEntryType, {
  is_dir: (self: PyDirEntry, args, kwnames) => self.hasFormat(S_IFDIR, followSymlinksArgument('is_dir', args, kwnames)),
  is_file: (self: PyDirEntry, args, kwnames) => self.hasFormat(S_IFREG, followSymlinksArgument('is_file', args, kwnames)),
  is_symlink(self: PyDirEntry, args, kwnames) {
    checkArgCount('is_symlink', args, kwnames, 0);
    return self.isSymlink();
  },
  stat: (self: PyDirEntry, args, kwnames) => statResult(self.stat(followSymlinksArgument('stat', args, kwnames))),
  inode(self: PyDirEntry, args, kwnames) {
    checkArgCount('inode', args, kwnames, 0);
    return pyInt(self.inode());
  },
  __fspath__(self: PyDirEntry, args, kwnames) {
    checkArgCount('__fspath__', args, kwnames, 0);
    return self.path;
  },
  __repr__: (self: PyDirEntry) => `<DirEntry ${pyRepr(self.name)}>`,
});

// ---------------------------------------------------------------- scandir

const scandirIteratorType = nativeType('ScandirIterator', undefined, { baseType: false });
scandirIteratorType.attrs.set('__module__', 'posix');
defineNew(scandirIteratorType, () => {
  throw typeError("cannot create 'posix.ScandirIterator' instances");
});

class ScandirIterator extends PyNativeIterator {
  private dir: Dir | null;

  constructor(private readonly target: FsPath | number) {
    super(scandirIteratorType);
    this.dir = openDirectory(target);
  }

  next(): Py | undefined {
    if (this.dir === null) return undefined;
    const filename = typeof this.target === 'number' ? undefined : this.target.filename;
    const entry = readEntry(this.dir, filename);
    if (entry === null) {
      this.close();
      return undefined;
    }
    return this.dirEntry(entry);
  }

  private dirEntry(entry: Dirent): PyDirEntry {
    const nameBytes = entry.name as unknown as Buffer;
    const target = this.target;
    if (typeof target === 'number') {
      const name = fileNameResult(nameBytes, false);
      const location = { target: joinPath(descriptorPath(target), nameBytes), filename: name as string, isBytes: false };
      return new PyDirEntry(name, name, location, entryKind(entry));
    }
    const name = fileNameResult(nameBytes, target.isBytes);
    const joined = joinPath(target.target, nameBytes);
    const path = fileNameResult(joined, target.isBytes);
    const location = { target: joined, filename: path as string | PyBytes, isBytes: target.isBytes };
    return new PyDirEntry(name, path, location, entryKind(entry));
  }

  close(): void {
    const dir = this.dir;
    this.dir = null;
    dir?.closeSync();
  }
}

defineIteratorMethods(scandirIteratorType);
defineMethods(scandirIteratorType, {
  close(self: ScandirIterator, args, kwnames) {
    checkArgCount('close', args, kwnames, 0);
    self.close();
    return null;
  },
  __enter__(self: ScandirIterator, args, kwnames) {
    checkArgCount('__enter__', args, kwnames, 0);
    return self;
  },
  __exit__(self: ScandirIterator) {
    self.close();
    return null;
  },
});

definePosix('scandir', (args, kwnames) => {
  const [path] = posixArguments('scandir', ['path'], args, kwnames, 0);
  return new ScandirIterator(pathOrDescriptor('scandir', 'path', path ?? null, true));
});
