// The semaphores of _multiprocessing, in memory every interpreter of the OS process
// shares: multiprocessing's children are interpreters on worker threads, each with a JS
// heap of its own, so what a semaphore is (its value, its name) lives in one
// SharedArrayBuffer, which a child adopts from its parent before it makes any SemLock.
// A semaphore is a slot of the table; its handle is the slot's index, so a handle passed
// to another interpreter (SemLock._rebuild) names the same semaphore.
//
// Like system calls, the functions here answer a failure with a negative errno.
//
// Slots are never freed: CPython frees a semaphore when its last SemLock is collected,
// which no interpreter can tell of the others' objects. The table holds SLOT_COUNT.
// Linux's errno numbers of sem_open and co.
const ENOENT = 2;
const EEXIST = 17;
const EINVAL = 22;
const ENOSPC = 28;
const ENAMETOOLONG = 36;
const EOVERFLOW = 75;

/** SEM_VALUE_MAX of Linux: a semaphore's value fits an Int32 word. */
export const SEM_VALUE_MAX = 2 ** 31 - 1;

const SLOT_COUNT = 1 << 16;
/** Longest name (in UTF-8 bytes, leading slashes stripped) glibc's sem_open accepts. */
const NAME_MAX_BYTES = 251;
const NAME_ENTRY_COUNT = 1024;

// Header words.
/** The next slot to hand out (slot 0 is no semaphore: handles are never 0, as pointers). */
const NEXT_SLOT = 0;
/** Bumped and notified by every release: what waiting interpreters sleep on (see blockingWait's wakeOnSharedWord). */
const RELEASES = 1;
/** A mutex (0 free, 1 held) over the name entries. */
const NAMES_LOCK = 2;
const HEADER_WORDS = 4;

// A name entry: whether it is in use, its semaphore's slot, its length, its UTF-8 bytes.
const ENTRY_LIVE = 0;
const ENTRY_SLOT = 1;
const ENTRY_LENGTH = 2;
const ENTRY_HEADER_WORDS = 3;
const ENTRY_WORDS = ENTRY_HEADER_WORDS + Math.ceil(NAME_MAX_BYTES / 4);

const SLOTS_START = HEADER_WORDS;
const NAMES_START = SLOTS_START + SLOT_COUNT;
const TABLE_WORDS = NAMES_START + NAME_ENTRY_COUNT * ENTRY_WORDS;

interface Table {
  readonly memory: SharedArrayBuffer;
  readonly words: Int32Array;
  /** The RELEASES word alone, for blockingWait. */
  readonly releases: Int32Array;
}

/** Made on first use, never at module load: V8's start-up snapshot cannot hold a SharedArrayBuffer. */
let table: Table | null = null;

function tableOver(memory: SharedArrayBuffer): Table {
  return { memory, words: new Int32Array(memory), releases: new Int32Array(memory, RELEASES * 4, 1) };
}

function theTable(): Table {
  if (table === null) {
    table = tableOver(new SharedArrayBuffer(TABLE_WORDS * 4));
    Atomics.store(table.words, NEXT_SLOT, 1);
  }
  return table;
}

/** The table's memory (made on first use), for a child interpreter to adopt. */
export function semaphoreTableMemory(): SharedArrayBuffer {
  return theTable().memory;
}

/** Makes this interpreter (a child's, before it makes any SemLock) use its parent's table. */
export function adoptSemaphoreTable(memory: SharedArrayBuffer): void {
  if (memory.byteLength !== TABLE_WORDS * 4) throw new Error('adoptSemaphoreTable: not a semaphore table');
  table = tableOver(memory);
}

/** The word every release bumps and notifies. */
export function releasesWord(): Int32Array {
  return theTable().releases;
}

// ---------------------------------------------------------------- values

function slotWord(handle: number): number {
  return handle >= 1 && handle < Atomics.load(theTable().words, NEXT_SLOT) && handle < SLOT_COUNT ? SLOTS_START + handle : -1;
}

/** The semaphore's value, or -EINVAL for a handle that names none. */
export function semaphoreValue(handle: number): number {
  const word = slotWord(handle);
  return word < 0 ? -EINVAL : Atomics.load(table!.words, word);
}

/** sem_trywait: 1 when it took one off the value, 0 when the value is 0, or -EINVAL. */
export function tryDecrement(handle: number): number {
  const word = slotWord(handle);
  if (word < 0) return -EINVAL;
  const words = table!.words;
  for (;;) {
    const value = Atomics.load(words, word);
    if (value <= 0) return 0;
    if (Atomics.compareExchange(words, word, value, value - 1) === value) return 1;
  }
}

/** sem_post: 0, or -EOVERFLOW at SEM_VALUE_MAX, or -EINVAL. Wakes every interpreter waiting on some semaphore. */
export function increment(handle: number): number {
  const word = slotWord(handle);
  if (word < 0) return -EINVAL;
  const words = table!.words;
  for (;;) {
    const value = Atomics.load(words, word);
    if (value === SEM_VALUE_MAX) return -EOVERFLOW;
    if (Atomics.compareExchange(words, word, value, value + 1) === value) break;
  }
  Atomics.add(words, RELEASES, 1);
  Atomics.notify(words, RELEASES);
  return 0;
}

// ---------------------------------------------------------------- names

/**
 * A name as glibc's sem_open takes it: leading slashes dropped, the rest non-empty,
 * slash-free and short enough; or the errno sem_open fails with.
 */
export function semaphoreName(utf8: Uint8Array): Uint8Array | number {
  let start = 0;
  while (start < utf8.length && utf8[start] === 0x2f) start++;
  const name = utf8.subarray(start);
  if (name.length === 0 || name.includes(0x2f) || name.length > 255) return -EINVAL;
  if (name.length > NAME_MAX_BYTES) return -ENAMETOOLONG;
  return name;
}

/** Runs `action` holding the names' mutex (sleeping while another interpreter holds it). */
function withNamesLocked<T>(action: (words: Int32Array) => T): T {
  const words = theTable().words;
  while (Atomics.compareExchange(words, NAMES_LOCK, 0, 1) !== 0) Atomics.wait(words, NAMES_LOCK, 1, 10);
  try {
    return action(words);
  } finally {
    Atomics.store(words, NAMES_LOCK, 0);
    Atomics.notify(words, NAMES_LOCK, 1);
  }
}

/** The entry (its first word) of the live name `name`, or -1. */
function findName(words: Int32Array, name: Uint8Array): number {
  const bytes = new Uint8Array(words.buffer);
  for (let entry = NAMES_START; entry < TABLE_WORDS; entry += ENTRY_WORDS) {
    if (words[entry + ENTRY_LIVE] === 0 || words[entry + ENTRY_LENGTH] !== name.length) continue;
    const start = (entry + ENTRY_HEADER_WORDS) * 4;
    if (name.every((byte, i) => bytes[start + i] === byte)) return entry;
  }
  return -1;
}

function allocateSlot(words: Int32Array, value: number): number {
  const handle = Atomics.add(words, NEXT_SLOT, 1);
  if (handle >= SLOT_COUNT) return -ENOSPC;
  Atomics.store(words, SLOTS_START + handle, value);
  return handle;
}

/**
 * sem_open(name, O_CREAT | O_EXCL, value) (with sem_unlink(name) after it when not
 * `keepName`): the new semaphore's handle, or -EEXIST when the name is taken.
 */
export function createSemaphore(name: Uint8Array, value: number, keepName: boolean): number {
  return withNamesLocked((words) => {
    if (findName(words, name) >= 0) return -EEXIST;
    let entry = -1;
    if (keepName) {
      for (let at = NAMES_START; at < TABLE_WORDS && entry < 0; at += ENTRY_WORDS) if (words[at + ENTRY_LIVE] === 0) entry = at;
      if (entry < 0) return -ENOSPC;
    }
    const handle = allocateSlot(words, value);
    if (handle < 0 || entry < 0) return handle;
    words[entry + ENTRY_SLOT] = handle;
    words[entry + ENTRY_LENGTH] = name.length;
    new Uint8Array(words.buffer).set(name, (entry + ENTRY_HEADER_WORDS) * 4);
    words[entry + ENTRY_LIVE] = 1;
    return handle;
  });
}

/** sem_open(name, 0): the named semaphore's handle, or -ENOENT. */
export function openSemaphore(name: Uint8Array): number {
  return withNamesLocked((words) => {
    const entry = findName(words, name);
    return entry < 0 ? -ENOENT : words[entry + ENTRY_SLOT];
  });
}

/** sem_unlink(name): 0, or -ENOENT. The semaphore lives on for the SemLocks that have it. */
export function unlinkSemaphore(name: Uint8Array): number {
  return withNamesLocked((words) => {
    const entry = findName(words, name);
    if (entry < 0) return -ENOENT;
    words[entry + ENTRY_LIVE] = 0;
    return 0;
  });
}
