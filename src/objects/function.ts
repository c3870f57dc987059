// Python functions, bound methods and cells. Calling a function runs its code in the
// VM, which registers itself here (setFunctionCaller): the object model stays below the
// VM in the dependency order, as in CPython, where the function type lives in Objects/
// and its call goes into Python/ceval.c.
import type { CodeObject } from '../bytecode/code';
import type { PyDict } from './dict';
import { PyObject, type Py } from './object';
import { nativeType } from './type';
import type { RAISED } from './raised';

export const functionType = nativeType('function', undefined, { baseType: false, instanceDict: true });
export const methodType = nativeType('method', undefined, { baseType: false });
export const cellType = nativeType('cell', undefined, { baseType: false });

export class PyCell extends PyObject {
  constructor(public contents: Py | undefined = undefined) {
    super(cellType);
  }
}

export class PyFunction extends PyObject {
  name: string;
  qualname: string;
  defaults: Py[] | null = null;
  kwdefaults: PyDict | null = null;
  closure: PyCell[] | null = null;
  annotations: Py = null;
  doc: Py;
  module: Py;

  constructor(
    public code: CodeObject,
    public globals: PyDict,
    /** The code's constants as Python values, shared by every function made from the code. */
    /** Usually a dict; CPython takes any object a module's __builtins__ names. */
    readonly builtins: Py,
  ) {
    super(functionType);
    this.name = code.co_name;
    this.qualname = code.co_qualname;
    this.doc = null;
    this.module = globals.getStr('__name__') ?? null;
  }
}

/** A function bound to the object it was looked up on. */
export class PyMethod extends PyObject {
  constructor(
    readonly func: Py,
    readonly self: Py,
  ) {
    super(methodType);
  }
}

export type FunctionCaller = (func: PyFunction, args: Py[], kwnames: readonly string[] | null) => Py;
/** A FunctionCaller that returns RAISED (raised.ts) for what the function raises. */
export type RaisingFunctionCaller = (func: PyFunction, args: Py[], kwnames: readonly string[] | null) => Py | typeof RAISED;

const unregistered = (): never => {
  throw new Error('the VM has not registered its function caller');
};
let caller: FunctionCaller = unregistered;
let raisingCaller: RaisingFunctionCaller = unregistered;

export function setFunctionCaller(run: FunctionCaller, runOrRaised: RaisingFunctionCaller): void {
  caller = run;
  raisingCaller = runOrRaised;
}

export function callFunction(func: PyFunction, args: Py[], kwnames: readonly string[] | null): Py {
  return caller(func, args, kwnames);
}

/**
 * callFunction, but RAISED for an exception the function raises, for a native caller
 * that handles some exceptions itself (the StopIteration that ends an iterator): no JS
 * throw then, which costs V8 more than the rest of such a call.
 */
export function callFunctionOrRaised(func: PyFunction, args: Py[]): Py | typeof RAISED {
  return raisingCaller(func, args, null);
}
