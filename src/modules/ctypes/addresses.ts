// Addresses for ctypes: pyvm has no raw memory, so an address is a made-up integer. Each
// ArrayBuffer (or SharedArrayBuffer) whose memory is asked for an address gets a range
// of its own, page aligned, above where a 64-bit Linux heap lies; an address in that
// range stands for a byte of that buffer. addressof, byref, pointers, memset and memmove
// go through here. An address no buffer owns (an int someone made up) is refused with a
// ValueError, where C would read whatever is there or crash.
import { newException, ValueError } from '../../objects/exceptions';

const FIRST_ADDRESS = 0x7f0000000000;
const PAGE = 4096;

interface AddressRange {
  readonly base: number;
  readonly length: number;
  readonly buffer: WeakRef<ArrayBufferLike>;
}

/** The ranges handed out, in increasing order of base. */
let ranges: AddressRange[] = [];
const baseOfBuffer = new WeakMap<ArrayBufferLike, number>();
let nextBase = FIRST_ADDRESS;
/** How many ranges there were when the ones of collected buffers were last dropped. */
let rangesAfterPruning = 0;

/** The address of the first byte of `memory`. */
export function addressOfMemory(memory: Uint8Array): number {
  let base = baseOfBuffer.get(memory.buffer);
  if (base === undefined) {
    base = nextBase;
    // (One spare page between ranges: an address one past the end still belongs to nobody else.)
    nextBase += (Math.ceil(memory.buffer.byteLength / PAGE) + 1) * PAGE;
    baseOfBuffer.set(memory.buffer, base);
    ranges.push({ base, length: memory.buffer.byteLength, buffer: new WeakRef(memory.buffer) });
    if (ranges.length > 2 * rangesAfterPruning + 64) pruneRanges();
  }
  return base + memory.byteOffset;
}

function pruneRanges(): void {
  ranges = ranges.filter((range) => range.buffer.deref() !== undefined);
  rangesAfterPruning = ranges.length;
}

/** The `length` bytes at `address`, or a ValueError when they are no memory ctypes handed out. */
export function memoryAt(address: number, length: number): Uint8Array {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = ranges[middle];
    if (address < range.base) high = middle - 1;
    else if (address >= range.base + range.length + PAGE) low = middle + 1;
    else {
      const buffer = range.buffer.deref();
      if (buffer === undefined || address - range.base + length > range.length) break;
      return new Uint8Array(buffer, address - range.base, length);
    }
  }
  throw newException(ValueError, `ctypes: no memory of ${length} bytes at address 0x${address.toString(16)} (pyvm has no raw memory)`);
}

/** The bytes from `address` up to (not including) the first `width`-byte zero unit: what a char* or wchar_t* points to. */
export function terminatedMemoryAt(address: number, width: number): Uint8Array {
  const start = memoryAt(address, 0);
  const whole = new Uint8Array(start.buffer, start.byteOffset);
  for (let at = 0; at + width <= whole.length; at += width) {
    if (whole.subarray(at, at + width).every((byte) => byte === 0)) return whole.subarray(0, at);
  }
  return whole.subarray(0, whole.length - (whole.length % width));
}
