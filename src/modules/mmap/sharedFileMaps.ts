// The memory behind the MAP_SHARED maps of files. Every map of one file (one st_dev and
// st_ino) shares the same memory, as the kernel's page cache makes it: here a
// SharedArrayBuffer holding the file's bytes from its start, so that the maps of one file
// made in an interpreter and in its multiprocessing children (worker threads of this OS
// process, see ../multiprocessing/childInterpreters) see each other's writes at once. A
// forked child inherits its parent's mappings: a child interpreter is handed the memory
// of the files its parent has mapped (fileMapsForChild), and maps it makes of those
// files use it. The file itself gets the bytes when a map is flushed or closed.

/** The identity of a mapped file: "st_dev:st_ino". */
export type FileIdentity = string;

interface FileMemory {
  buffer: SharedArrayBuffer;
  /** The maps of the file open in this interpreter: at 0 the entry is forgotten (unless inherited). */
  openMaps: number;
}

const fileMemories = new Map<FileIdentity, FileMemory>();

/**
 * The memory of file `identity` covering at least its first `length` bytes: the memory
 * other maps of it use, or (when there is none, or it is too short, the file having
 * grown) new memory that `load` fills with the file's bytes. The caller holds one map
 * open on it until releaseFileMemory.
 */
export function acquireFileMemory(identity: FileIdentity, length: number, load: (memory: Uint8Array) => void): SharedArrayBuffer {
  let entry = fileMemories.get(identity);
  if (entry === undefined || entry.buffer.byteLength < length) {
    const buffer = new SharedArrayBuffer(length);
    load(new Uint8Array(buffer));
    entry = { buffer, openMaps: entry?.openMaps ?? 0 };
    fileMemories.set(identity, entry);
  }
  entry.openMaps++;
  return entry.buffer;
}

/** One map of file `identity` is closed: when none is left, the memory is forgotten (a later map reads the file again). */
export function releaseFileMemory(identity: FileIdentity): void {
  const entry = fileMemories.get(identity);
  if (entry === undefined) return;
  entry.openMaps--;
  if (entry.openMaps <= 0) fileMemories.delete(identity);
}

/** The memory of the files mapped here, for a child interpreter about to start (its inheritance). */
export function fileMapsForChild(): Map<FileIdentity, SharedArrayBuffer> {
  return new Map([...fileMemories].map(([identity, entry]) => [identity, entry.buffer]));
}

/** A child interpreter, at its start: takes on the memory of the files its parent had mapped. */
export function adoptFileMaps(inherited: Map<FileIdentity, SharedArrayBuffer>): void {
  for (const [identity, buffer] of inherited) fileMemories.set(identity, { buffer, openMaps: 0 });
}
