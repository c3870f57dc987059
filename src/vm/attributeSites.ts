// Inline caches for attribute instructions. Each LOAD_ATTR, STORE_ATTR and LOAD_METHOD
// remembers what the type of the object it last saw implies for its name, valid while
// that type's version tag is unchanged (any assignment to the type or a base that could
// change what the name means changes it): the common cases — an attribute in the
// instance __dict__, a method or a plain value found on the class — then skip the full
// descriptor protocol.
//
// A site keeps what it learnt for up to four types (a loop over a list of instances of a
// class and its subclasses reads the same attribute of each); past that, it relearns
// for the latest type.
//
// Instances of a class are usually filled by the same __init__, so their __dict__s have
// one shape (dictShape.ts): a site also remembers the shape it last saw and where its
// name is in dicts of that shape, or that the name is not there (CPython's
// LOAD_ATTR_INSTANCE_VALUE and its shared-keys check): then neither a load, nor the
// check that no instance attribute shadows a method, looks the name up.
import type { Py } from '../objects/object';
import { PyObject } from '../objects/object';
import type { PyDict } from '../objects/dict';
import type { DictShape } from '../objects/dictShape';
import { objectType, type PyType, typeType } from '../objects/type';
import { typeOf } from '../objects/typeOf';
import { PyFunction, PyMethod } from '../objects/function';
import { PyMethodDescriptor } from '../objects/native';
import { bindDescriptor, getAttrOrRaised, inAttributeContext, isDataDescriptor, setAttr } from '../objects/protocols';
import type { RAISED } from '../objects/raised';
import { PyMemberDescriptor } from '../objects/memberDescriptor';
import { PyProperty, propertyType } from '../objects/descriptors';

export const enum SiteKind {
  /** Nothing learnt (or nothing cacheable): the generic protocol every time. */
  GENERIC,
  /** No data descriptor of that name on the type: the instance __dict__ answers first. */
  INSTANCE_DICT,
  /** A function on the type, shadowed only if the instance __dict__ has the name. */
  METHOD,
  /**
   * A value that is no descriptor on the type (a class attribute read through an
   * instance), shadowed only by the instance __dict__. The value is looked up again
   * each time: type.setAttr keeps the version tag when one such value replaces another.
   */
  CLASS_VALUE,
  /** A slot that __slots__ declares (a member descriptor): read or written in the instance's slots. */
  SLOT,
  /** A property (of the exact type property): its getter is called. */
  PROPERTY,
}

/** What a site learnt for one type; the site itself is the first of a chain of these. */
export class AttributeSite {
  type: PyType | null = null;
  version = 0;
  kind = SiteKind.GENERIC;
  /** What the type has under the name: for METHOD, the function (or method descriptor); for SLOT and PROPERTY, the descriptor. */
  found: Py = null;
  /** The shape of the last instance __dict__ seen, and the position of the name in dicts of that shape (-1: not there). */
  shape: DictShape | null = null;
  position = -1;
  /** What the site learnt for another type. */
  next: AttributeSite | null = null;
}

const TYPES_PER_SITE = 4;

type Learn = (site: AttributeSite, type: PyType, name: string) => void;

/** The part of `site` for `type`, learnt anew when missing or when the type has changed since. */
function siteFor(site: AttributeSite, type: PyType, name: string, learn: Learn): AttributeSite {
  let last = site;
  for (let s: AttributeSite | null = site, count = 1; s !== null; s = s.next, count++) {
    if (s.type === type) {
      if (s.version !== type.versionTag) learn(s, type, name);
      return s;
    }
    last = s;
    if (count === TYPES_PER_SITE) {
      learn(site, type, name);
      return site;
    }
  }
  if (site.type === null) {
    learn(site, type, name);
    return site;
  }
  const added = new AttributeSite();
  learn(added, type, name);
  last.next = added;
  return added;
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
  site.found = found ?? null;
  if (found instanceof PyFunction || found instanceof PyMethodDescriptor) {
    site.kind = SiteKind.METHOD;
  } else if (found instanceof PyMemberDescriptor) {
    site.kind = SiteKind.SLOT;
  } else if (found instanceof PyProperty && found.cls === propertyType) {
    site.kind = SiteKind.PROPERTY;
  } else if (found === undefined) {
    site.kind = SiteKind.INSTANCE_DICT;
  } else if (!isDataDescriptor(found)) {
    site.kind = typeOf(found).lookup('__get__') === undefined ? SiteKind.CLASS_VALUE : SiteKind.INSTANCE_DICT;
  }
}

/**
 * The value of `name` in an instance __dict__, undefined when it has none. A dict with a
 * shape is read by position (the site learns the position when the shape is new to it);
 * another is looked up.
 */
function instanceValue(dict: PyDict, name: string, site: AttributeSite): Py | undefined {
  const shape = dict.shape;
  if (shape === null) return dict.getStr(name);
  if (shape !== site.shape) learnShape(site, shape, name);
  return site.position < 0 ? undefined : dict.valueAt(site.position);
}

function learnShape(site: AttributeSite, shape: DictShape, name: string): void {
  site.shape = shape;
  site.position = shape.positionOf(name);
}

/** LOAD_ATTR; RAISED (objects/raised.ts) for the AttributeError of a missing attribute. */
export function loadAttribute(owner: Py, name: string, start: AttributeSite): Py | typeof RAISED {
  if (owner instanceof PyObject) {
    const type = owner.cls;
    const site = start.type === type && start.version === type.versionTag ? start : siteFor(start, type, name, learnLoad);
    const kind = site.kind;
    // (Data descriptors come before the instance __dict__.)
    if (kind === SiteKind.SLOT || kind === SiteKind.PROPERTY) return throughDataDescriptor(owner, name, site);
    const dict = owner.dict;
    if (kind !== SiteKind.GENERIC) {
      // What the class had before the dict lookup, which may run code (a key's __eq__) that changes the class.
      const found = site.found;
      const value = dict === undefined ? undefined : instanceValue(dict, name, site);
      if (value !== undefined) {
        if (kind !== SiteKind.METHOD) return value;
      } else if (kind === SiteKind.METHOD) {
        return found instanceof PyFunction ? new PyMethod(found, owner) : (found as PyMethodDescriptor).bind(owner);
      } else if (kind === SiteKind.CLASS_VALUE) {
        return type.lookup(name)!;
      } else if (found !== null) {
        try {
          return bindDescriptor(found, owner, type);
        } catch (error) {
          throw inAttributeContext(error, name, owner);
        }
      }
    }
  }
  return getAttrOrRaised(owner, name);
}

/** A slot's or a property's value; an AttributeError it raises (an unset slot) is given the name and object, as getattr gives them. */
function throughDataDescriptor(owner: PyObject, name: string, site: AttributeSite): Py {
  try {
    return site.kind === SiteKind.SLOT ? (site.found as PyMemberDescriptor).get(owner) : (site.found as PyProperty).getFrom(owner);
  } catch (error) {
    throw inAttributeContext(error, name, owner);
  }
}

/** LOAD_METHOD: the unbound function when the call can pass `owner` itself as self; undefined otherwise. */
export function loadMethod(owner: Py, name: string, start: AttributeSite): Py | undefined {
  const type = typeOf(owner);
  const site = start.type === type && start.version === type.versionTag ? start : siteFor(start, type, name, learnLoad);
  if (site.kind !== SiteKind.METHOD) return undefined;
  const dict = owner instanceof PyObject ? owner.dict : undefined;
  return dict === undefined || instanceValue(dict, name, site) === undefined ? site.found : undefined;
}

/** Records what `type` implies for storing `name` at this site. */
function learnStore(site: AttributeSite, type: PyType, name: string): void {
  objectSetAttr ??= objectType.attrs.get('__setattr__');
  site.type = type;
  site.version = type.versionTag;
  const found = type.lookup(name);
  site.found = found ?? null;
  if (type.lookup('__setattr__') !== objectSetAttr || type.isSubtypeOf(typeType)) site.kind = SiteKind.GENERIC;
  else if (found instanceof PyMemberDescriptor) site.kind = SiteKind.SLOT;
  else site.kind = found === undefined || !isDataDescriptor(found) ? SiteKind.INSTANCE_DICT : SiteKind.GENERIC;
}

/** STORE_ATTR. */
export function storeAttribute(owner: Py, name: string, value: Py, start: AttributeSite): void {
  if (owner instanceof PyObject) {
    const type = owner.cls;
    const site = start.type === type && start.version === type.versionTag ? start : siteFor(start, type, name, learnStore);
    const dict = owner.dict;
    if (site.kind === SiteKind.SLOT) {
      (site.found as PyMemberDescriptor).set(owner, value);
      return;
    }
    if (site.kind === SiteKind.INSTANCE_DICT && dict !== undefined) {
      const shape = dict.shape;
      if (shape === null) {
        dict.setStr(name, value);
        return;
      }
      if (shape !== site.shape) learnShape(site, shape, name);
      if (site.position >= 0) dict.setValueAt(site.position, value);
      else dict.addAbsentStr(name, value);
      return;
    }
  }
  setAttr(owner, name, value);
}
