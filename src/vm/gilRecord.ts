// A record of GIL hand-offs, for the kernel's GIL timeline: when a thread took or gave up
// the GIL, and why. Off by default; when off, recording costs one test of a flag per
// hand-off. _pyvm_gil (modules/pyvmGil.ts) is its Python face.

/** Why the GIL changed hands: the interval ran out, a blocking call, or a thread's start or end. */
export type GilReason = 'switch_interval' | 'sleep' | 'lock' | 'join' | 'io' | 'start' | 'exit';
export type GilEvent = 'acquire' | 'release';

/** One hand-off: time.perf_counter() seconds, the thread's ident, acquire or release, and why. */
export type GilEntry = [seconds: number, ident: number, event: GilEvent, reason: GilReason];

export const gilRecord = {
  on: false,
  entries: [] as GilEntry[],
};

export function recordGil(ident: number, event: GilEvent, reason: GilReason): void {
  // (time.perf_counter's clock, so that a Python program can put its own timings beside these.)
  gilRecord.entries.push([Number(process.hrtime.bigint()) / 1e9, ident, event, reason]);
}
