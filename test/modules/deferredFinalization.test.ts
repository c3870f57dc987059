// Finalizers deferred to exit (src/vm/deferredFinalization.ts): run oldest first, once,
// unless dropped; one that fails is reported and the others still run.
import { describe, expect, it } from 'vitest';
import { deferFinalizer, dropFinalizer, runDeferredFinalizers } from '../../src/vm/deferredFinalization';

describe('deferred finalizers', () => {
  it('run in the order they were deferred, skip dropped ones, and report failures', () => {
    const ran: string[] = [];
    const failures: unknown[] = [];
    const [first, second, third, dropped] = [{}, {}, {}, {}];
    deferFinalizer(first, () => ran.push('first'));
    deferFinalizer(dropped, () => ran.push('dropped'));
    deferFinalizer(second, () => {
      throw new Error('second failed');
    });
    deferFinalizer(first, () => ran.push('first again'));
    deferFinalizer(third, () => ran.push('third'));
    dropFinalizer(dropped);
    runDeferredFinalizers((object, error) => failures.push([object === second, (error as Error).message]));
    expect(ran).toEqual(['first', 'third']);
    expect(failures).toEqual([[true, 'second failed']]);
    runDeferredFinalizers(() => undefined);
    expect(ran).toEqual(['first', 'third']);
  });

  it('runs finalizers that finalizers defer', () => {
    const ran: string[] = [];
    const [outer, inner] = [{}, {}];
    deferFinalizer(outer, () => deferFinalizer(inner, () => ran.push('inner')));
    runDeferredFinalizers(() => undefined);
    expect(ran).toEqual(['inner']);
  });
});
