// Finalizers deferred to exit (src/vm/deferredFinalization.ts): run oldest first, once,
// unless dropped; one that fails is reported and the others still run. gc.collect() runs
// those of unreachable objects early.
import { describe, expect, it } from 'vitest';
import {
  deferFinalizer, dropFinalizer, runDeferredFinalizers, runFinalizersOfUnreachable, setFinalizerFailureReporter,
} from '../../src/vm/deferredFinalization';

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
    setFinalizerFailureReporter((object, error) => failures.push([object === second, (error as Error).message]));
    runDeferredFinalizers();
    expect(ran).toEqual(['first', 'third']);
    expect(failures).toEqual([[true, 'second failed']]);
    runDeferredFinalizers();
    expect(ran).toEqual(['first', 'third']);
  });

  it('runs finalizers that finalizers defer', () => {
    const ran: string[] = [];
    const [outer, inner] = [{}, {}];
    deferFinalizer(outer, () => deferFinalizer(inner, () => ran.push('inner')));
    runDeferredFinalizers();
    expect(ran).toEqual(['inner']);
  });

  it('run early for unreachable objects only, not for ones deferred meanwhile', () => {
    const ran: string[] = [];
    const [reachable, unreachable, deferredMeanwhile] = [{}, {}, {}];
    deferFinalizer(reachable, () => ran.push('reachable'));
    deferFinalizer(unreachable, () => {
      ran.push('unreachable');
      deferFinalizer(deferredMeanwhile, () => ran.push('deferred meanwhile'));
    });
    runFinalizersOfUnreachable((object) => object === reachable);
    expect(ran).toEqual(['unreachable']);
    runDeferredFinalizers();
    expect(ran).toEqual(['unreachable', 'reachable', 'deferred meanwhile']);
  });
});
