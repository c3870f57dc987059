// The methods of None, NotImplemented and Ellipsis: their reprs, their truth, and the
// types' constructors, which return the one instance.
import type { Py } from './object';
import type { PyType } from './type';
import { noneType } from './typeOf';
import { defineMethods, PyBuiltinFunction } from './native';
import { DeprecationWarning, typeError } from './exceptions';
import { warnFromBuiltin } from './builtinWarning';
import { Ellipsis, ellipsisType, NotImplemented, notImplementedType } from './singletons';

/** Makes `type()` return its singleton, refusing arguments as CPython does (naming the type as its message does). */
function singletonConstructor(type: PyType, messageName: string, instance: Py): void {
  type.attrs.set('__new__', new PyBuiltinFunction('__new__', (args, kwnames) => {
    if (args.length > 1 || (kwnames !== null && kwnames.length > 0)) throw typeError(`${messageName} takes no arguments`);
    return instance;
  }, undefined, null));
}

singletonConstructor(noneType, 'NoneType', null);
singletonConstructor(notImplementedType, 'NotImplementedType', NotImplemented);
singletonConstructor(ellipsisType, 'EllipsisType', Ellipsis);

defineMethods(noneType, {
  __repr__: () => 'None',
  __bool__: () => false,
});

defineMethods(notImplementedType, {
  __repr__: () => 'NotImplemented',
  // True, with a DeprecationWarning since 3.9: its truth is ambiguous.
  __bool__: () => {
    warnFromBuiltin(DeprecationWarning, 'NotImplemented should not be used in a boolean context');
    return true;
  },
  __reduce__: () => 'NotImplemented',
});

defineMethods(ellipsisType, {
  __repr__: () => 'Ellipsis',
  __reduce__: () => 'Ellipsis',
});

noneType.attrs.set('__doc__', null);
