// member_descriptor: the attribute __slots__ declares, stored in the instance's slot array;
// and the read-only data members of built-in types (function.__globals__, slice.start).
import { PyObject, type Py } from './object';
import { nativeType, type PyType } from './type';
import { AttributeError, newException, typeError } from './exceptions';
import { typeOf } from './typeOf';

export const memberDescriptorType = nativeType('member_descriptor', undefined, { baseType: false });

export class PyMemberDescriptor extends PyObject {
  constructor(
    readonly owner: PyType,
    readonly name: string,
    readonly index: number,
  ) {
    super(memberDescriptorType);
  }

  get(instance: Py): Py {
    this.check(instance);
    const value = (instance as PyObject).slots?.[this.index];
    if (value === undefined) throw newException(AttributeError, `'${typeOf(instance).name}' object has no attribute '${this.name}'`);
    return value;
  }

  set(instance: Py, value: Py | undefined): void {
    this.check(instance);
    const slots = ((instance as PyObject).slots ??= []);
    // Deleting an unset slot names just the slot, as CPython's member descriptors do.
    if (value === undefined && slots[this.index] === undefined) throw newException(AttributeError, this.name);
    slots[this.index] = value;
  }

  protected check(instance: Py): void {
    if (!typeOf(instance).isSubtypeOf(this.owner)) {
      throw typeError(`descriptor '${this.name}' for '${this.owner.name}' objects doesn't apply to a '${typeOf(instance).name}' object`);
    }
  }
}

/** A READONLY member of a built-in type: read from the instance by `read`; assigning or deleting it is refused. */
export class PyReadonlyMember extends PyMemberDescriptor {
  constructor(
    owner: PyType,
    name: string,
    private readonly read: (self: any) => Py,
  ) {
    super(owner, name, -1);
  }

  override get(instance: Py): Py {
    this.check(instance);
    return this.read(instance);
  }

  override set(instance: Py): void {
    this.check(instance);
    throw newException(AttributeError, 'readonly attribute');
  }
}
