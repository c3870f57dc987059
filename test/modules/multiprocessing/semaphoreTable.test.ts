// _multiprocessing's semaphore table: its names and values on one thread, then across
// worker threads (as multiprocessing's child interpreters run) that adopt it: a semaphore
// as a mutex between two workers, how soon a release in one wakes a wait in another, a
// worker blocked on one still terminating at once, a name made in one thread seen in another.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createSemaphore, increment, openSemaphore, SEM_VALUE_MAX, semaphoreName, semaphoreTableMemory, semaphoreValue, tryDecrement, unlinkSemaphore,
} from '../../../src/modules/multiprocessing/semaphoreTable';
import type { WorkerSetup } from './semaphoreWorker';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
/** A name no other test of this run takes. */
const uniqueName = (tag: string): Uint8Array => utf8(`semaphore-table-test-${tag}-${process.pid}`);

describe('the semaphore table', () => {
  it('takes names as glibc does', () => {
    expect(semaphoreName(utf8('/a'))).toEqual(utf8('a'));
    expect(semaphoreName(utf8('//a'))).toEqual(utf8('a'));
    expect(semaphoreName(utf8(''))).toBe(-22);
    expect(semaphoreName(utf8('/'))).toBe(-22);
    expect(semaphoreName(utf8('/a/b'))).toBe(-22);
    expect(semaphoreName(utf8('x'.repeat(251)))).toEqual(utf8('x'.repeat(251)));
    expect(semaphoreName(utf8('x'.repeat(252)))).toBe(-36);
    expect(semaphoreName(utf8('x'.repeat(256)))).toBe(-22);
  });

  it('counts, refusing SEM_VALUE_MAX + 1 and handles of no semaphore', () => {
    const handle = createSemaphore(uniqueName('count'), 1, false);
    expect(handle).toBeGreaterThan(0);
    expect([tryDecrement(handle), tryDecrement(handle), semaphoreValue(handle)]).toEqual([1, 0, 0]);
    expect([increment(handle), semaphoreValue(handle)]).toEqual([0, 1]);
    const full = createSemaphore(uniqueName('full'), SEM_VALUE_MAX, false);
    expect(increment(full)).toBe(-75);
    expect([semaphoreValue(0), tryDecrement(1 << 20), increment(-1)]).toEqual([-22, -22, -22]);
  });

  it('keeps a name until it is unlinked, and none when told not to', () => {
    const name = uniqueName('named');
    const handle = createSemaphore(name, 3, true);
    expect(createSemaphore(name, 1, true)).toBe(-17);
    expect(createSemaphore(name, 1, false)).toBe(-17);
    expect(openSemaphore(name)).toBe(handle);
    expect([unlinkSemaphore(name), unlinkSemaphore(name), openSemaphore(name)]).toEqual([0, -2, -2]);
    expect(semaphoreValue(handle)).toBe(3);
    const unnamed = uniqueName('unnamed');
    expect(createSemaphore(unnamed, 1, false)).toBeGreaterThan(0);
    expect(openSemaphore(unnamed)).toBe(-2);
  });
});

describe('the semaphore table across worker threads', () => {
  let bundle: string;
  beforeAll(async () => {
    bundle = fileURLToPath(new URL(`../../../node_modules/.cache/pyvm/semaphoreWorker-${process.pid}.mjs`, import.meta.url));
    await build({
      entryPoints: [fileURLToPath(new URL('./semaphoreWorker.ts', import.meta.url))],
      outfile: bundle,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
    });
  });

  const scratch = new Int32Array(new SharedArrayBuffer(12));
  const releasedAt = new SharedArrayBuffer(8);

  function start(role: WorkerSetup['role'], handle: number, rounds = 0, name?: string): Worker {
    const setup: WorkerSetup = { table: semaphoreTableMemory(), role, handle, scratch: scratch.buffer as SharedArrayBuffer, releasedAt, rounds, name };
    return new Worker(bundle, { workerData: setup });
  }

  const firstMessage = <T>(worker: Worker): Promise<T> =>
    new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });

  it('excludes: two workers add under a semaphore used as a mutex', async () => {
    scratch.fill(0);
    const mutex = createSemaphore(uniqueName('mutex'), 1, false);
    const rounds = 5000;
    const workers = [start('count', mutex, rounds), start('count', mutex, rounds)];
    await Promise.all(workers.map((worker) => firstMessage(worker)));
    expect(scratch[0]).toBe(2 * rounds);
    expect(semaphoreValue(mutex)).toBe(1);
  });

  it('wakes a wait in one worker at once when another releases', async () => {
    scratch.fill(0);
    const signal = createSemaphore(uniqueName('signal'), 0, false);
    const rounds = 20;
    const waiter = start('wait', signal, rounds);
    start('release', signal, rounds);
    const latencies = (await firstMessage<number[]>(waiter)).sort((a, b) => a - b);
    // Measured ~0.1 ms; a poll would take its slice (10-50 ms).
    expect(latencies[rounds / 2]).toBeLessThan(5);
  });

  it('terminates a worker blocked on a semaphore promptly', async () => {
    const never = createSemaphore(uniqueName('never'), 0, false);
    const worker = start('block', never);
    await firstMessage(worker);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const before = performance.now();
    await worker.terminate();
    expect(performance.now() - before).toBeLessThan(200);
  });

  it('shows a name made here to another worker', async () => {
    const name = `semaphore-table-test-shared-${process.pid}`;
    const handle = createSemaphore(utf8(name), 0, true);
    expect(await firstMessage(start('open', 0, 0, name))).toBe(handle);
    unlinkSemaphore(utf8(name));
    expect(await firstMessage(start('open', 0, 0, name))).toBe(-2);
  });
});
