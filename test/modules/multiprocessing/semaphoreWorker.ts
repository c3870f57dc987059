// The worker side of semaphoreTable.test.ts: an interpreter's thread of its own, on the
// table it adopts, doing what workerData's `role` says with the semaphores it names.
import { parentPort, workerData } from 'node:worker_threads';
import { adoptSemaphoreTable, increment, openSemaphore, releasesWord, tryDecrement } from '../../../src/modules/multiprocessing/semaphoreTable';
import { blockUntil, wakeOnSharedWord } from '../../../src/vm/blockingWait';

export interface WorkerSetup {
  table: SharedArrayBuffer;
  role: 'count' | 'wait' | 'release' | 'block' | 'open';
  handle: number;
  /** Shared with the test: [counter, rounds done by the waiter]. */
  scratch: SharedArrayBuffer;
  /** The performance.timeOrigin + performance.now() of the last release (the releaser's). */
  releasedAt: SharedArrayBuffer;
  rounds: number;
  name?: string;
}

/** A SemLock's blocking acquire, as pyvm's waits it: blockUntil, woken by the table's releases. */
function acquire(handle: number, ms: number): boolean {
  if (tryDecrement(handle) === 1) return true;
  wakeOnSharedWord(releasesWord());
  try {
    return blockUntil(ms, () => tryDecrement(handle) === 1);
  } finally {
    wakeOnSharedWord(null);
  }
}

const setup = workerData as WorkerSetup;
adoptSemaphoreTable(setup.table);
const scratch = new Int32Array(setup.scratch);
const releasedAt = new Float64Array(setup.releasedAt);
const now = (): number => performance.timeOrigin + performance.now();

switch (setup.role) {
  case 'count':
    // A read-modify-write of a plain (non-atomic) word, under the semaphore as a mutex.
    for (let i = 0; i < setup.rounds; i++) {
      if (!acquire(setup.handle, 10_000)) throw new Error('the mutex was never released');
      const value = scratch[0];
      scratch[0] = value + 1;
      increment(setup.handle);
    }
    parentPort!.postMessage('done');
    break;
  case 'wait': {
    const latencies: number[] = [];
    for (let i = 0; i < setup.rounds; i++) {
      if (!acquire(setup.handle, 10_000)) throw new Error('never released');
      latencies.push(now() - releasedAt[0]);
      Atomics.store(scratch, 1, i + 1);
      Atomics.notify(scratch, 1);
    }
    parentPort!.postMessage(latencies);
    break;
  }
  case 'release':
    for (let i = 0; i < setup.rounds; i++) {
      // (A pause, so that the waiter is asleep when the release comes.)
      Atomics.wait(scratch, 2, 0, 10);
      releasedAt[0] = now();
      increment(setup.handle);
      while (Atomics.load(scratch, 1) !== i + 1) Atomics.wait(scratch, 1, i, 1000);
    }
    break;
  case 'block':
    parentPort!.postMessage('waiting');
    acquire(setup.handle, Infinity);
    break;
  case 'open':
    parentPort!.postMessage(openSemaphore(new TextEncoder().encode(setup.name!)));
    break;
}
