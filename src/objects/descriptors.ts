// property, classmethod and staticmethod: the descriptors Python code makes with decorators.
import { PyObject, type Py } from './object';
import { nativeType, type PyType } from './type';
import { AttributeError, newException } from './exceptions';
import { call } from './protocols';
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

  constructor(cls: PyType) {
    super(cls);
  }

  getFrom(instance: Py): Py {
    if (this.fget === null) throw newException(AttributeError, this.missingAccessorMessage('getter', typeOf(instance)));
    return call(this.fget, [instance]);
  }

  setOn(instance: Py, value: Py | undefined, attribute: string): void {
    const accessor = value === undefined ? this.fdel : this.fset;
    if (accessor === null) {
      throw newException(AttributeError, this.missingAccessorMessage(value === undefined ? 'deleter' : 'setter', typeOf(instance), attribute));
    }
    call(accessor, value === undefined ? [instance] : [instance, value]);
  }

  private missingAccessorMessage(kind: string, owner: PyType, attribute?: string): string {
    const name = typeof this.name === 'string' ? this.name : attribute;
    return name === undefined ? `property of '${owner.name}' object has no ${kind}` : `property '${name}' of '${owner.name}' object has no ${kind}`;
  }
}

export class PyClassMethod extends PyObject {
  constructor(cls: PyType, public func: Py) {
    super(cls);
  }
}

export class PyStaticMethod extends PyObject {
  constructor(cls: PyType, public func: Py) {
    super(cls);
  }
}
