// The _bisect module: binary search and insertion in sorted sequences, as
// _bisectmodule.c does them (any sequence; list.insert, or the object's own insert).
import type { Py } from '../objects/object';
import { newModule } from '../objects/module';
import { PyList, listType } from '../objects/list';
import { newException, ValueError } from '../objects/exceptions';
import { bindClinicArguments } from '../objects/native';
import { call, CompareOp, getAttr, getItem, indexAsNumber, isTrue, pyLen, richCompare } from '../objects/protocols';
import { typeOf } from '../objects/typeOf';
import { defineFunction } from './builtins';
import { registerBuiltinModule } from './registry';

const bisectModule = newModule(
  '_bisect',
  'Bisection algorithms.\n\nThis module provides support for maintaining a list in sorted order without\nhaving to sort the list after each insertion. ' +
    'For long lists of items with\nexpensive comparison operations, this can be an improvement over the more\ncommon approach.\n',
);
registerBuiltinModule('_bisect', () => bisectModule);

const BOUNDS = '\n\nOptional args lo (default 0) and hi (default len(a)) bound the\nslice of a to be searched.';

/** The first index in a[lo:hi] where x goes: after equal items (right) or before them (left). */
function bisect(a: Py, x: Py, loArgument: Py | undefined, hiArgument: Py | undefined, key: Py | undefined, right: boolean): number {
  let lo = loArgument === undefined ? 0 : indexAsNumber(loArgument);
  if (lo < 0) throw newException(ValueError, 'lo must be non-negative');
  // hi=-1 means len(a) too: it is what None becomes in _bisectmodule.c.
  let hi = hiArgument === undefined || hiArgument === null ? -1 : indexAsNumber(hiArgument);
  if (hi === -1) hi = pyLen(a);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    let item = getItem(a, mid);
    if (key !== undefined && key !== null) item = call(key, [item]);
    const goesLeft = right ? isTrue(richCompare(x, item, CompareOp.LT)) : !isTrue(richCompare(item, x, CompareOp.LT));
    if (goesLeft) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function signature(name: string) {
  return { name, names: ['a', 'x', 'lo', 'hi', 'key'], required: 2, positionalOnly: 0, keywordOnlyFrom: 4 };
}

for (const right of [true, false]) {
  const side = right ? 'right' : 'left';
  const bisectSignature = signature(`bisect_${side}`);
  defineFunction(bisectModule, `bisect_${side}`, (args, kwnames) => {
    const [a, x, lo, hi, key] = bindClinicArguments(bisectSignature, args, kwnames);
    return bisect(a!, x!, lo, hi, key, right);
  }, 'Return the index where to insert item x in list a, assuming a is sorted.\n\n' +
    (right
      ? 'The return value i is such that all e in a[:i] have e <= x, and all e in\na[i:] have e > x.  So if x already appears in the list, a.insert(i, x) will\ninsert just after the rightmost x already there.'
      : 'The return value i is such that all e in a[:i] have e < x, and all e in\na[i:] have e >= x.  So if x already appears in the list, a.insert(i, x) will\ninsert just before the leftmost x already there.') +
    BOUNDS);

  const insortSignature = signature(`insort_${side}`);
  defineFunction(bisectModule, `insort_${side}`, (args, kwnames) => {
    const [a, x, lo, hi, key] = bindClinicArguments(insortSignature, args, kwnames);
    const keyed = key === undefined || key === null ? x! : call(key, [x!]);
    const index = bisect(a!, keyed, lo, hi, key, right);
    if (a instanceof PyList && typeOf(a) === listType) a.items.splice(index, 0, x!);
    else call(getAttr(a!, 'insert'), [index, x!]);
    return null;
  }, `Insert item x in list a, and keep it sorted assuming a is sorted.\n\nIf x is already in a, insert it to the ${side} of the ${right ? 'rightmost' : 'leftmost'} x.` + BOUNDS);
}
