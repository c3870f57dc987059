// property, classmethod and staticmethod: the descriptors Python code makes with decorators.
import { PyObject, type Py } from './object';
import { nativeType, type PyType } from './type';
import { AttributeError, newException } from './exceptions';
import { bindDescriptor, call, pyRepr } from './protocols';
import { PyFunction, PyMethod } from './function';
import { strRepr } from './strRepr';
import { typeOf } from './typeOf';

export const propertyType = nativeType('property', undefined, { factory: (cls) => new PyProperty(cls) });
export const classMethodType = nativeType('classmethod', undefined, { factory: (cls) => new PyClassMethod(cls, null), instanceDict: true });
export const staticMethodType = nativeType('staticmethod', undefined, { factory: (cls) => new PyStaticMethod(cls, null), instanceDict: true });

export class PyProperty extends PyObject {
  fget: Py = null;
  fset: Py = null;
  fdel: Py = null;
  doc: Py = null;
  /** The attribute name, from __set_name__, for error messages. */
  name: Py = null;
  /** The doc was taken from fget's __doc__: a copy made by getter() takes the new fget's. */
  getterDoc = false;

  constructor(cls: PyType) {
    super(cls);
  }

  getFrom(instance: Py): Py {
    if (this.fget === null) throw newException(AttributeError, this.missingAccessorMessage('getter', typeOf(instance)));
    return call(this.fget, [instance]);
  }

  setOn(instance: Py, value: Py | undefined): void {
    const accessor = value === undefined ? this.fdel : this.fset;
    if (accessor === null) throw newException(AttributeError, this.missingAccessorMessage(value === undefined ? 'deleter' : 'setter', typeOf(instance)));
    call(accessor, value === undefined ? [instance] : [instance, value]);
  }

  private missingAccessorMessage(kind: string, owner: PyType): string {
    const name = this.name === null ? '' : ` ${pyRepr(this.name)}`;
    return `property${name} of ${strRepr(owner.qualname)} object has no ${kind}`;
  }
}

export class PyClassMethod extends PyObject {
  constructor(cls: PyType, public func: Py) {
    super(cls);
  }

  /** classmethod.__get__: the function bound to the class; 3.11 lets a wrapped descriptor (a property) bind itself to the class. */
  bindTo(owner: PyType): Py {
    const func = this.func;
    if (func instanceof PyFunction || typeOf(func).lookup('__get__') === undefined) return new PyMethod(func, owner);
    return bindDescriptor(func, owner, owner);
  }
}

export class PyStaticMethod extends PyObject {
  constructor(cls: PyType, public func: Py) {
    super(cls);
  }
}
