// The methods and attributes of BaseException and the built-in exceptions.
import type { Py } from './object';
import { BaseException, PyBaseException } from './exceptions';
import { defineGetSets, defineMethods, PyBuiltinFunction } from './native';
import { pyRepr, pyStr } from './protocols';
import { newTuple, PyTuple } from './tuple';
import { PyType } from './type';
import { typeError } from './exceptions';
import { typeOf } from './typeOf';
import { newInstance } from './objectMethods';

BaseException.attrs.set('__new__', new PyBuiltinFunction('__new__', (args) => {
  const cls = args[0];
  if (!(cls instanceof PyType)) throw typeError('BaseException.__new__(X): X is not a type object');
  const exc = newInstance(cls) as PyBaseException;
  exc.args = args.slice(1);
  return exc;
}, undefined, null));

defineMethods(BaseException, {
  __init__(self: PyBaseException, args, kwnames) {
    if (kwnames !== null && kwnames.length > 0) throw typeError(`${typeOf(self).name}() takes no keyword arguments`);
    self.args = args.slice();
    return null;
  },
  __str__(self: PyBaseException) {
    const args = self.args;
    if (args.length === 0) return '';
    if (args.length === 1) return pyStr(args[0]);
    return pyStr(newTuple(args));
  },
  __repr__(self: PyBaseException) {
    const name = typeOf(self).name;
    const args = self.args;
    if (args.length === 1) return `${name}(${pyRepr(args[0])})`;
    return `${name}${pyRepr(newTuple(args))}`;
  },
});

defineGetSets(BaseException, {
  args: {
    get: (self: PyBaseException): Py => newTuple(self.args),
    set(self: PyBaseException, value) {
      self.args = value instanceof PyTuple ? value.items : [];
    },
  },
});
