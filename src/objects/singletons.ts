// NotImplemented and Ellipsis: the singletons that are neither None nor primitives.
import { PyObject } from './object';
import { nativeType } from './type';

export const notImplementedType = nativeType('NotImplementedType', undefined, { baseType: false });
export const ellipsisType = nativeType('ellipsis', undefined, { baseType: false });

export const NotImplemented = new PyObject(notImplementedType);
export const Ellipsis = new PyObject(ellipsisType);
