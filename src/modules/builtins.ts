// The builtins module: the built-in functions and the names of the built-in types and
// exceptions. Each function is written with CPython's signature and error messages.
import type { Py } from '../objects/object';
import { objectType, PyType, typeType } from '../objects/type';
import { unionAsTuple } from '../objects/genericAlias';
import { boolType, floatType, intType, strType, typeOf } from '../objects/typeOf';
import { PyBuiltinFunction, bindArguments, checkArgCount, type NativeFunction } from '../objects/native';
import { EOFError, exceptionTypes, newException, PyBaseException, RuntimeError, typeError } from '../objects/exceptions';
import { call, callUnbound, getAttr, isInstance, pyLenInt, pyStr, isTrue, reprObject } from '../objects/protocols';
import { PyModule, newModule } from '../objects/module';
import { PyTuple, tupleType } from '../objects/tuple';
import { listType } from '../objects/list';
import { dictType } from '../objects/dictType';
import { frozensetType, setType } from '../objects/set';
import { complexType } from '../objects/complex';
import { bytearrayType, bytesType } from '../objects/bytes';
import { memoryviewType } from '../objects/memoryview';
import { classMethodType, propertyType, staticMethodType } from '../objects/descriptors';
import { Ellipsis, NotImplemented } from '../objects/singletons';
import { superType } from '../objects/superType';
import { buildClass } from './buildClass';
import { PyConsoleStream, stdin, stdout } from './consoleStream';
import { getSysAttribute } from './sysAccess';

/** Adds a built-in function (with its __doc__, if given) to a module's namespace. */
export function defineFunction(module: PyModule, name: string, fn: NativeFunction, doc: string | null = null): PyBuiltinFunction {
  const moduleName = module.name;
  const builtin = new PyBuiltinFunction(name, fn, undefined, moduleName, doc);
  module.dict.setStr(name, builtin);
  return builtin;
}

/** A function of exactly one positional argument, which the compiled tier calls directly (as CPython specializes len). */
export function defineUnaryFunction(module: PyModule, name: string, unary: (arg: Py) => Py): PyBuiltinFunction {
  const builtin = defineFunction(module, name, (args, kwnames) => {
    checkArgCount(name, args, kwnames, 1);
    return unary(args[0]);
  });
  builtin.unary = unary;
  return builtin;
}

/** A function of exactly two positional arguments, which the compiled tier calls directly (as CPython specializes isinstance). */
export function defineBinaryFunction(module: PyModule, name: string, binary: (first: Py, second: Py) => Py): PyBuiltinFunction {
  const builtin = defineFunction(module, name, (args, kwnames) => {
    checkArgCount(name, args, kwnames, 2);
    return binary(args[0], args[1]);
  });
  builtin.binary = binary;
  return builtin;
}

export const builtinsModule = newModule('builtins', "Built-in functions, types, exceptions, and other objects.");
const builtins = builtinsModule.dict;

for (const type of [
  objectType, typeType, intType, boolType, floatType, complexType, strType, bytesType, bytearrayType, memoryviewType, listType, tupleType,
  dictType, setType, frozensetType, propertyType, classMethodType, staticMethodType, superType,
]) {
  builtins.setStr(type.name, type);
}
for (const [name, type] of exceptionTypes) builtins.setStr(name, type);
builtins.setStr('EnvironmentError', exceptionTypes.get('OSError')!);
builtins.setStr('IOError', exceptionTypes.get('OSError')!);
builtins.setStr('None', null);
builtins.setStr('True', true);
builtins.setStr('False', false);
builtins.setStr('Ellipsis', Ellipsis);
builtins.setStr('NotImplemented', NotImplemented);
builtins.setStr('__debug__', true);
builtins.setStr('__build_class__', buildClass);

const PRINT_SIGNATURE = { name: 'print', names: ['sep', 'end', 'file', 'flush'], required: 0, positionalOnly: 0, keywordOnlyFrom: 0 };

defineFunction(builtinsModule, 'print', (args, kwnames) => {
  const kwCount = kwnames?.length ?? 0;
  const values = kwCount === 0 ? args : args.slice(0, args.length - kwCount);
  let sep: Py = ' ';
  let end: Py = '\n';
  let file: Py = null;
  let flush: Py = false;
  if (kwCount > 0) {
    const [s, e, f, fl] = bindArguments(PRINT_SIGNATURE, args.slice(values.length), kwnames);
    sep = s ?? null;
    end = e ?? null;
    file = f ?? null;
    flush = fl ?? false;
  }
  if (sep === null) sep = ' ';
  else if (typeof sep !== 'string') throw typeError(`sep must be None or a string, not ${typeOf(sep).name}`);
  if (end === null) end = '\n';
  else if (typeof end !== 'string') throw typeError(`end must be None or a string, not ${typeOf(end).name}`);
  if (file === null) file = getSysAttribute('stdout');
  if (file === null) return null;
  // One write for the whole line; CPython writes each piece in turn, so when a str()
  // fails the pieces before it are written all the same.
  const write = (text: string) => (file === stdout ? stdout.writeFromPython(text) : callMethod(file!, 'write', [text]));
  let text = '';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) text += sep;
    try {
      text += pyStr(values[i]);
    } catch (error) {
      if (text !== '') write(text);
      throw error;
    }
  }
  write(text + end);
  if (flush !== false && flush !== null && flush !== 0) callMethod(file, 'flush', []);
  return null;
});

/** target.name(*args), as PyObject_CallMethod: the attribute may come from the instance or its __getattr__. */
function callMethod(target: Py, name: string, args: Py[]): Py {
  return call(getAttr(target, name), args);
}

/** input() flushes sys.stderr and sys.stdout as CPython does: an error (a stream without flush) is ignored. */
function flushIgnoringErrors(stream: Py): void {
  if (stream === null) return;
  if (stream instanceof PyConsoleStream) {
    stream.flush();
    return;
  }
  try {
    callMethod(stream, 'flush', []);
  } catch (error) {
    if (!(error instanceof PyBaseException)) throw error;
  }
}

defineUnaryFunction(builtinsModule, 'len', pyLenInt);

defineUnaryFunction(builtinsModule, 'repr', reprObject);

defineBinaryFunction(builtinsModule, 'isinstance', isInstanceOfAny);

function isInstanceOfAny(value: Py, classes: Py): boolean {
  if (classes instanceof PyType && classes.cls === typeType) return isInstance(value, classes);
  classes = unionAsTuple(classes);
  if (!(classes instanceof PyTuple)) return isInstance(value, classes);
  // (A loop, not items.some(): isinstance(x, (list, tuple)) is a hot call, and a closure per call is garbage.)
  for (const item of classes.items) if (isInstanceOfAny(value, item)) return true;
  return false;
}

defineBinaryFunction(builtinsModule, 'issubclass', isSubclassOfAny);

/** issubclass(cls, classes) (PyObject_IsSubclass): classes may be a tuple, or define __subclasscheck__ on its type. */
export function isSubclassOfAny(cls: Py, classes: Py): boolean {
  classes = unionAsTuple(classes);
  if (classes instanceof PyTuple) return classes.items.some((c) => isSubclassOfAny(cls, c));
  if (classes instanceof PyType && classes.cls === typeType) {
    if (!(cls instanceof PyType)) throw typeError('issubclass() arg 1 must be a class');
    return cls.isSubtypeOf(classes);
  }
  const check = typeOf(classes).lookup('__subclasscheck__');
  if (check === undefined) throw typeError('issubclass() arg 2 must be a class, a tuple of classes, or a union');
  return isTrue(callUnbound(check, classes, [cls]));
}

defineFunction(builtinsModule, 'input', (args, kwnames) => {
  checkArgCount('input', args, kwnames, 0, 1);
  const input = getSysAttribute('stdin');
  if (input === null) throw newException(RuntimeError, 'input(): lost sys.stdin');
  const out = getSysAttribute('stdout');
  if (out === null) throw newException(RuntimeError, 'input(): lost sys.stdout');
  flushIgnoringErrors(getSysAttribute('stderr'));
  if (args.length === 1) {
    const prompt = pyStr(args[0]);
    if (out === stdout) stdout.write(prompt);
    else callMethod(out, 'write', [prompt]);
  }
  flushIgnoringErrors(out);
  const line = input === stdin ? stdin.readLine() : callMethod(input, 'readline', []);
  if (typeof line !== 'string') throw typeError(`object.readline() returned non-string`);
  if (line === '') throw newException(EOFError, 'EOF when reading a line');
  return line.endsWith('\n') ? line.slice(0, -1) : line;
});
