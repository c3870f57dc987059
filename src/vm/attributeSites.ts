// Inline caches for attribute instructions. Each LOAD_ATTR, STORE_ATTR and LOAD_METHOD
// remembers what the type of the object it last saw implies for its name, valid while
// that type's version tag is unchanged (any assignment to the type or a base changes
// it): the common cases — an attribute in the instance __dict__, a method found on the
// class — then cost a Map lookup instead of the full descriptor protocol.
import type { Py } from '../objects/object';
import { PyObject } from '../objects/object';
import { objectType, type PyType, typeType } from '../objects/type';
import { typeOf } from '../objects/typeOf';
import { PyFunction, PyMethod } from '../objects/function';
import { PyMethodDescriptor } from '../objects/native';
import { getAttr, isDataDescriptor, setAttr } from '../objects/protocols';

export const enum SiteKind {
  /** Nothing learnt (or nothing cacheable): the generic protocol every time. */
  GENERIC,
  /** No data descriptor of that name on the type: the instance __dict__ answers first. */
  INSTANCE_DICT,
  /** A function on the type, shadowed only if the instance __dict__ has the name. */
  METHOD,
}

export class AttributeSite {
  type: PyType | null = null;
  version = 0;
  kind = SiteKind.GENERIC;
  /** For METHOD: the function (or method descriptor) found on the type. */
  method: Py = null;
}

let objectGetAttribute: Py | undefined;
let objectSetAttr: Py | undefined;

/** Records what `type` implies for loading `name` at this site. */
function learnLoad(site: AttributeSite, type: PyType, name: string): void {
  objectGetAttribute ??= objectType.attrs.get('__getattribute__');
  site.type = type;
  site.version = type.versionTag;
  site.kind = SiteKind.GENERIC;
  if (type.lookup('__getattribute__') !== objectGetAttribute || type.lookup('__getattr__') !== undefined) return;
  // A class's own attributes (its MRO) come before its metaclass's: not a case for this cache.
  if (type.isSubtypeOf(typeType)) return;
  const found = type.lookup(name);
  if (found instanceof PyFunction || found instanceof PyMethodDescriptor) {
    site.kind = SiteKind.METHOD;
    site.method = found;
  } else if (found === undefined || !isDataDescriptor(found)) {
    site.kind = SiteKind.INSTANCE_DICT;
  }
}

/** LOAD_ATTR. */
export function loadAttribute(owner: Py, name: string, site: AttributeSite): Py {
  if (owner instanceof PyObject) {
    const type = owner.cls;
    if (site.type !== type || site.version !== type.versionTag) learnLoad(site, type, name);
    const dict = owner.dict;
    if (site.kind === SiteKind.INSTANCE_DICT) {
      const value = dict?.getStr(name);
      if (value !== undefined) return value;
    } else if (site.kind === SiteKind.METHOD && (dict === undefined || dict.getStr(name) === undefined)) {
      const method = site.method;
      return method instanceof PyFunction ? new PyMethod(method, owner) : (method as PyMethodDescriptor).bind(owner);
    }
  }
  return getAttr(owner, name);
}

/** LOAD_METHOD: the unbound function when the call can pass `owner` itself as self; undefined otherwise. */
export function loadMethod(owner: Py, name: string, site: AttributeSite): Py | undefined {
  const type = typeOf(owner);
  if (site.type !== type || site.version !== type.versionTag) learnLoad(site, type, name);
  if (site.kind !== SiteKind.METHOD) return undefined;
  const dict = owner instanceof PyObject ? owner.dict : undefined;
  return dict === undefined || dict.getStr(name) === undefined ? site.method : undefined;
}

/** STORE_ATTR. */
export function storeAttribute(owner: Py, name: string, value: Py, site: AttributeSite): void {
  if (owner instanceof PyObject && owner.dict !== undefined) {
    const type = owner.cls;
    if (site.type !== type || site.version !== type.versionTag) {
      objectSetAttr ??= objectType.attrs.get('__setattr__');
      site.type = type;
      site.version = type.versionTag;
      const found = type.lookup(name);
      site.kind = type.lookup('__setattr__') === objectSetAttr && (found === undefined || !isDataDescriptor(found)) ? SiteKind.INSTANCE_DICT : SiteKind.GENERIC;
    }
    if (site.kind === SiteKind.INSTANCE_DICT) {
      owner.dict.setStr(name, value);
      return;
    }
  }
  setAttr(owner, name, value);
}
