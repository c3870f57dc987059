// The _heapq module: heapq's functions as _heapqmodule.c does them — the same sift loops,
// so user comparisons run in the same order, and the same errors (a heap must be a list;
// a heap changing size under a comparison is an error).
import type { Py } from '../objects/object';
import { newModule } from '../objects/module';
import { PyList } from '../objects/list';
import { IndexError, newException, RuntimeError, typeError } from '../objects/exceptions';
import { CompareOp, isTrue, richCompare } from '../objects/protocols';
import { typeOf } from '../objects/typeOf';
import type { NativeFunction } from '../objects/native';
import { defineFunction } from './builtins';
import { registerBuiltinModule } from './registry';

const heapqModule = newModule(
  '_heapq',
  'Heap queue algorithm (a.k.a. priority queue).\n\nHeaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for\n' +
    'all k, counting elements from 0.  For the sake of comparison,\nnon-existing elements are considered to be infinite.  The interesting\n' +
    'property of a heap is that a[0] is always its smallest element.\n\nUsage:\n\nheap = []            # creates an empty heap\n' +
    'heappush(heap, item) # pushes a new item on the heap\nitem = heappop(heap) # pops the smallest item from the heap\n' +
    'item = heap[0]       # smallest item on the heap without popping it\nheapify(x)           # transforms list into a heap, in-place, in linear time\n' +
    'item = heapreplace(heap, item) # pops and returns smallest item, and adds\n                               # new item; the heap size is unchanged\n\n' +
    'Our API differs from textbook heap algorithms as follows:\n\n- We use 0-based indexing.  This makes the relationship between the\n' +
    '  index for a node and the indexes for its children slightly less\n  obvious, but is more suitable since Python uses 0-based indexing.\n\n' +
    '- Our heappop() method returns the smallest item, not the largest.\n\nThese two make it possible to view the heap as a regular Python list\n' +
    'without surprises: heap[0] is the smallest item, and heap.sort()\nmaintains the heap invariant!\n',
);
registerBuiltinModule('_heapq', () => heapqModule);

/** Whether `a` goes above `b`: a < b in a min-heap, b < a in a max-heap. */
type Precedes = (a: Py, b: Py) => boolean;
const lessThan: Precedes = (a, b) => isTrue(richCompare(a, b, CompareOp.LT));
const greaterThan: Precedes = (a, b) => isTrue(richCompare(b, a, CompareOp.LT));

function checkSize(heap: PyList, size: number): void {
  if (heap.items.length !== size) throw newException(RuntimeError, 'list changed size during iteration');
}

/** Moves the item at `pos` up towards `startpos` while it precedes its parent. */
function siftDown(heap: PyList, startpos: number, pos: number, precedes: Precedes): void {
  const size = heap.items.length;
  if (pos >= size) throw newException(IndexError, 'list index out of range');
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const goesUp = precedes(heap.items[pos], heap.items[parentpos]);
    checkSize(heap, size);
    if (!goesUp) break;
    const items = heap.items;
    [items[parentpos], items[pos]] = [items[pos], items[parentpos]];
    pos = parentpos;
  }
}

/** Moves the preceding child up from `pos` until a leaf, then sifts the item put there back down. */
function siftUp(heap: PyList, pos: number, precedes: Precedes): void {
  const endpos = heap.items.length;
  const startpos = pos;
  if (pos >= endpos) throw newException(IndexError, 'list index out of range');
  const limit = endpos >> 1;
  while (pos < limit) {
    let childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      if (!precedes(heap.items[childpos], heap.items[childpos + 1])) childpos++;
      checkSize(heap, endpos);
    }
    const items = heap.items;
    [items[childpos], items[pos]] = [items[pos], items[childpos]];
    pos = childpos;
  }
  siftDown(heap, startpos, pos, precedes);
}

function pop(heap: PyList, precedes: Precedes): Py {
  const last = heap.items.pop();
  if (last === undefined) throw newException(IndexError, 'index out of range');
  if (heap.items.length === 0) return last;
  const top = heap.items[0];
  heap.items[0] = last;
  siftUp(heap, 0, precedes);
  return top;
}

function replace(heap: PyList, item: Py, precedes: Precedes): Py {
  if (heap.items.length === 0) throw newException(IndexError, 'index out of range');
  const top = heap.items[0];
  heap.items[0] = item;
  siftUp(heap, 0, precedes);
  return top;
}

/** Sifts every parent, bottom up; big heaps go row by row, as CPython's cache-friendly variant does (the comparisons differ). */
function heapify(heap: PyList, precedes: Precedes): void {
  const n = heap.items.length;
  if (n <= 2500) {
    for (let i = (n >> 1) - 1; i >= 0; i--) siftUp(heap, i, precedes);
    return;
  }
  const m = n >> 1;
  const leftmost = 2 ** Math.floor(Math.log2(m + 1)) - 1;
  const siftChain = (start: number): void => {
    for (let j = start; ; j >>= 1) {
      siftUp(heap, j, precedes);
      if ((j & 1) === 0) break;
    }
  };
  for (let i = leftmost - 1; i >= m >> 1; i--) siftChain(i);
  for (let i = m - 1; i >= leftmost; i--) siftChain(i);
}

/** The heap argument: a list (subclasses too), with the message argument clinic gives. */
function heapArgument(name: string, value: Py, position: string): PyList {
  if (value instanceof PyList) return value;
  throw typeError(`${name}() argument ${position}must be list, not ${value === null ? 'None' : typeOf(value).name}`);
}

/** heappush and the other two-argument functions (METH_FASTCALL, positional only). */
function defineWithItem(name: string, doc: string, body: (heap: PyList, item: Py) => Py): void {
  define(name, doc, (args, kwnames) => {
    if (kwnames?.length) throw typeError(`_heapq.${name}() takes no keyword arguments`);
    if (args.length !== 2) throw typeError(`${name} expected 2 arguments, got ${args.length}`);
    return body(heapArgument(name, args[0], '1 '), args[1]);
  });
}

/** heappop, heapify and the like (METH_O). */
function defineWithHeap(name: string, doc: string, body: (heap: PyList) => Py): void {
  define(name, doc, (args, kwnames) => {
    if (kwnames?.length) throw typeError(`_heapq.${name}() takes no keyword arguments`);
    if (args.length !== 1) throw typeError(`_heapq.${name}() takes exactly one argument (${args.length} given)`);
    return body(heapArgument(name, args[0], ''));
  });
}

function define(name: string, doc: string, fn: NativeFunction): void {
  defineFunction(heapqModule, name, fn, doc);
}

defineWithItem('heappush', 'Push item onto heap, maintaining the heap invariant.', (heap, item) => {
  heap.items.push(item);
  siftDown(heap, 0, heap.items.length - 1, lessThan);
  return null;
});
defineWithHeap('heappop', 'Pop the smallest item off the heap, maintaining the heap invariant.', (heap) => pop(heap, lessThan));
defineWithItem(
  'heapreplace',
  'Pop and return the current smallest value, and add the new item.\n\nThis is more efficient than heappop() followed by heappush(), and can be\n' +
    'more appropriate when using a fixed-size heap.  Note that the value\nreturned may be larger than item!  That constrains reasonable uses of\n' +
    'this routine unless written as part of a conditional replacement:\n\n    if item > heap[0]:\n        item = heapreplace(heap, item)',
  (heap, item) => replace(heap, item, lessThan),
);
defineWithItem(
  'heappushpop',
  'Push item on the heap, then pop and return the smallest item from the heap.\n\nThe combined action runs more efficiently than heappush() followed by\n' +
    'a separate call to heappop().',
  (heap, item) => {
    if (heap.items.length === 0 || !lessThan(heap.items[0], item)) return item;
    return replace(heap, item, lessThan);
  },
);
defineWithHeap('heapify', 'Transform list into a heap, in-place, in O(len(heap)) time.', (heap) => {
  heapify(heap, lessThan);
  return null;
});
defineWithHeap('_heappop_max', 'Maxheap variant of heappop.', (heap) => pop(heap, greaterThan));
defineWithItem('_heapreplace_max', 'Maxheap variant of heapreplace.', (heap, item) => replace(heap, item, greaterThan));
defineWithHeap('_heapify_max', 'Maxheap variant of heapify.', (heap) => {
  heapify(heap, greaterThan);
  return null;
});
