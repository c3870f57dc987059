// _pyvm_gil: the record of GIL hand-offs (../vm/gilRecord.ts), for the kernel's GIL timeline.
import { newModule } from '../objects/module';
import { checkArgCount } from '../objects/native';
import { PyFloat } from '../objects/float';
import { PyList } from '../objects/list';
import { newTuple } from '../objects/tuple';
import { gilRecord } from '../vm/gilRecord';
import { defineFunction } from './builtins';
import { registerBuiltinModule } from './registry';

const gilModule = newModule('_pyvm_gil', `Records the hand-offs of the GIL between Python threads (pyvm's own module).

start() starts a new record (an earlier one is dropped); stop() ends it and returns it:
a list of (time, ident, event, reason) tuples in the order they happened, where
  time    is time.perf_counter() when the GIL changed hands,
  ident   is the thread's threading.get_ident(),
  event   is 'acquire' (the thread took the GIL) or 'release' (it gave it up),
  reason  is why: 'switch_interval' (it ran sys.getswitchinterval() seconds while
          another thread waited), 'sleep', 'lock' (a lock wait: Condition, Event,
          Queue...), 'join' (waiting for a thread to end), 'io' (select, poll),
          'start' (a new thread's first turn) or 'exit' (the thread ended).
An acquire has the reason of the wait it comes back from. Recording costs nothing when off.`);
registerBuiltinModule('_pyvm_gil', () => gilModule);

defineFunction(gilModule, 'start', (args, kwnames) => {
  checkArgCount('start', args, kwnames, 0);
  gilRecord.entries = [];
  gilRecord.on = true;
  return null;
}, 'start()\n\nStarts recording GIL hand-offs (dropping what an earlier start() recorded).');

defineFunction(gilModule, 'stop', (args, kwnames) => {
  checkArgCount('stop', args, kwnames, 0);
  gilRecord.on = false;
  const entries = gilRecord.entries;
  gilRecord.entries = [];
  return new PyList(entries.map(([seconds, ident, event, reason]) => newTuple([new PyFloat(seconds), ident, event, reason])));
}, 'stop() -> list of (time, ident, event, reason)\n\nStops recording; returns the hand-offs recorded since start().');
