// _collections._tuplegetter: the descriptor namedtuple puts on its classes for the fields
// (`Point.x` is `_tuplegetter(0, 'Alias for field number 0')`). Reading it from a tuple
// gives the item at its index; the field cannot be assigned or deleted. Its __doc__ is
// a writable member, as in CPython, so namedtuple can give each field its own docstring.
import { PyObject, type Py } from '../objects/object';
import { nativeType, type PyType } from '../objects/type';
import { typeOf } from '../objects/typeOf';
import { typeSlotName } from '../objects/typeLayout';
import { checkArgCount, checkWrapperArgs, defineMethods, newTargetOf, PyBuiltinFunction } from '../objects/native';
import { PyMemberDescriptor } from '../objects/memberDescriptor';
import { AttributeError, IndexError, newException, OverflowError, SystemError, typeError } from '../objects/exceptions';
import { pyIndex, pyRepr } from '../objects/protocols';
import { newTuple, PyTuple } from '../objects/tuple';
import { collectionsModule } from './collections';

/** The range of a C Py_ssize_t, which the index is parsed as ("n" format). */
const SSIZE_LIMIT = 2n ** 63n;

class PyTupleGetter extends PyObject {
  constructor(
    cls: PyType,
    /** A Py_ssize_t, kept as Python gave it (beyond JS's safe integers it can only be out of range). */
    readonly index: number | bigint,
    /** Undefined once deleted (CPython's NULL). */
    public doc: Py | undefined,
  ) {
    super(cls);
  }
}

const tupleGetterType = nativeType('_tuplegetter', undefined, { baseType: false });
tupleGetterType.attrs.set('__module__', '_collections');
collectionsModule.dict.setStr('_tuplegetter', tupleGetterType);

tupleGetterType.attrs.set('__new__', new PyBuiltinFunction('__new__', (args, kwnames) => {
  const cls = newTargetOf(tupleGetterType, args);
  const rest = args.slice(1);
  checkArgCount('_tuplegetter', rest, kwnames, 2);
  const index = pyIndex(rest[0]);
  if (typeof index === 'bigint' && (index >= SSIZE_LIMIT || index < -SSIZE_LIMIT)) {
    throw newException(OverflowError, 'Python int too large to convert to C ssize_t');
  }
  return new PyTupleGetter(cls, index, rest[1]);
}, undefined, null));

/** __doc__: a T_OBJECT member, None when unset (deleting it is allowed). */
class TupleGetterDocMember extends PyMemberDescriptor {
  override get(instance: Py): Py {
    this.check(instance);
    return (instance as PyTupleGetter).doc ?? null;
  }

  override set(instance: Py, value: Py | undefined): void {
    this.check(instance);
    (instance as PyTupleGetter).doc = value;
  }
}

function itemOf(self: PyTupleGetter, tuple: PyTuple): Py {
  const { index } = self;
  if (typeof index === 'bigint' || index < 0 || index >= tuple.items.length) throw newException(IndexError, 'tuple index out of range');
  return tuple.items[index];
}

defineMethods(tupleGetterType, {
  __repr__(self: PyTupleGetter) {
    return `${typeOf(self).name}(${self.index}, ${self.doc === undefined ? '<NULL>' : pyRepr(self.doc)})`;
  },
  __get__(self: PyTupleGetter, args, kwnames) {
    checkWrapperArgs('__get__', args, kwnames, 'ternary');
    const [instance, owner] = args;
    if (instance === null && (owner === undefined || owner === null)) throw typeError('__get__(None, None) is invalid');
    if (instance === null) return self;
    if (!(instance instanceof PyTuple)) {
      throw typeError(`descriptor for index '${self.index}' for tuple subclasses doesn't apply to '${typeSlotName(typeOf(instance))}' object`);
    }
    return itemOf(self, instance);
  },
  __set__(_self: PyTupleGetter, args, kwnames) {
    checkArgCount('', args, kwnames, 2);
    throw newException(AttributeError, "can't set attribute");
  },
  __delete__(_self: PyTupleGetter, args, kwnames) {
    checkWrapperArgs('__delete__', args, kwnames, 1);
    throw newException(AttributeError, "can't delete attribute");
  },
  __reduce__(self: PyTupleGetter) {
    if (self.doc === undefined) throw newException(SystemError, 'NULL object passed to Py_BuildValue');
    return newTuple([typeOf(self), newTuple([self.index, self.doc])]);
  },
});
tupleGetterType.attrs.set('__doc__', new TupleGetterDocMember(tupleGetterType, '__doc__', -1));
