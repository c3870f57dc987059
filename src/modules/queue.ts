// The _queue module: SimpleQueue (an unbounded FIFO queue whose get() waits for an item,
// giving up the GIL meanwhile) and Empty. queue.py and concurrent.futures build on them.
import type { Py } from '../objects/object';
import { PyObject } from '../objects/object';
import { newModule } from '../objects/module';
import { nativeType } from '../objects/type';
import { bindArguments, checkArgCount, defineMethods } from '../objects/native';
import { defineNew } from '../objects/builtinNew';
import { newException, typeError, ValueError } from '../objects/exceptions';
import { PyFloat } from '../objects/float';
import { intValue } from '../objects/int';
import { isTrue } from '../objects/protocols';
import { addressOf } from '../objects/identity';
import { defineClassGetItem } from '../objects/genericAlias';
import { takeDirectMethodCall } from '../vm/threadState';
import { blockThread } from '../vm/threads';
import { registerBuiltinModule } from './registry';
import { newExceptionClass } from './moduleErrors';

const queueModule = newModule('_queue', 'C implementation of the Python queue module.\nThis module is an implementation detail, please do not use it directly.');
registerBuiltinModule('_queue', () => queueModule);

const Empty = newExceptionClass('_queue.Empty', undefined, 'Exception raised by Queue.get(block=0)/get_nowait().');
queueModule.dict.setStr('Empty', Empty);

class PySimpleQueue extends PyObject {
  readonly items: Py[] = [];
  /** Index of the next item get() takes (items before it are taken; compacted now and then). */
  head = 0;

  get size(): number {
    return this.items.length - this.head;
  }

  take(): Py {
    const item = this.items[this.head++];
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items.splice(0, this.head);
      this.head = 0;
    }
    return item;
  }
}

const simpleQueueType = nativeType('SimpleQueue', undefined, {});
simpleQueueType.attrs.set('__module__', '_queue');
simpleQueueType.attrs.set('__doc__', 'Simple, unbounded, reentrant FIFO queue.');
defineNew(simpleQueueType, (cls, args, kwnames) => {
  if (args.length > 0) throw typeError('SimpleQueue() takes no positional arguments');
  if (kwnames !== null && kwnames.length > 0) throw typeError('SimpleQueue() takes no keyword arguments');
  return new PySimpleQueue(cls);
});

const GET = { name: 'get', names: ['block', 'timeout'], required: 0, positionalOnly: 0 };
const PUT = { name: 'put', names: ['item', 'block', 'timeout'], required: 1, positionalOnly: 0 };

/** The item, or Empty after `budget` ms (0: at once); THREAD_PARKED when `direct` and the thread parks. */
function getItem(queue: PySimpleQueue, budget: number, direct: boolean): Py {
  if (queue.size > 0) return queue.take();
  if (budget === 0) throw newException(Empty);
  return blockThread({
    reason: 'lock',
    deadline: performance.now() + budget,
    ready: () => queue.size > 0,
    finish(met) {
      if (!met) throw newException(Empty);
      return queue.take();
    },
  }, direct);
}

defineMethods(simpleQueueType, {
  get(self: PySimpleQueue, args, kwnames) {
    const direct = takeDirectMethodCall(simpleQueueType, self, 'get');
    const [block, timeout] = bindArguments(GET, args, kwnames);
    if (block !== undefined && !isTrue(block)) return getItem(self, 0, false);
    if (timeout === undefined || timeout === null) return getItem(self, Infinity, direct);
    const seconds = timeout instanceof PyFloat ? timeout.value : Number(intValue(timeout) ?? NaN);
    if (Number.isNaN(seconds)) throw typeError(`'${timeout === null ? 'NoneType' : 'float'}' object cannot be interpreted as an integer`);
    if (seconds < 0) throw newException(ValueError, "'timeout' must be a non-negative number");
    return getItem(self, seconds * 1000, direct);
  },
  get_nowait(self: PySimpleQueue, args, kwnames) {
    checkArgCount('get_nowait', args, kwnames, 0);
    return getItem(self, 0, false);
  },
  put(self: PySimpleQueue, args, kwnames) {
    const [item] = bindArguments(PUT, args, kwnames);
    self.items.push(item!);
    return null;
  },
  put_nowait(self: PySimpleQueue, args, kwnames) {
    const [item] = bindArguments({ name: 'put_nowait', names: ['item'], required: 1, positionalOnly: 0 }, args, kwnames);
    self.items.push(item!);
    return null;
  },
  empty(self: PySimpleQueue, args, kwnames) {
    checkArgCount('empty', args, kwnames, 0);
    return self.size === 0;
  },
  qsize(self: PySimpleQueue, args, kwnames) {
    checkArgCount('qsize', args, kwnames, 0);
    return self.size;
  },
  __repr__: (self: PySimpleQueue) => `<_queue.SimpleQueue object at ${addressOf(self)}>`,
});
defineClassGetItem(simpleQueueType);
queueModule.dict.setStr('SimpleQueue', simpleQueueType);
