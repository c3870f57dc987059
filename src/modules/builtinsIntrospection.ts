// The introspection built-ins: getattr, setattr, hasattr, delattr, vars, dir, id, hash,
// callable, globals, locals, exec, eval and compile. Those that see the caller's
// namespaces read the running frame: a built-in function runs without a frame of its
// own, so threadState.frame is the frame of the Python code calling it.
import { CodeFlag, type CodeObject } from '../bytecode/code';
import { compile, CompileFlag, type CompileMode } from '../compiler/compile';
import { parse, type ParseMode } from '../parser/parser';
import { astToPython } from './ast/astToPython';
import { isAstObject, modFromPython } from './ast/astFromPython';
import { validateTree } from './ast/astValidation';
import type { Py } from '../objects/object';
import { typeOf } from '../objects/typeOf';
import { bindArguments, checkArgCount, noKeywords } from '../objects/native';
import {
  AttributeError, DeprecationWarning, isInstanceOfException, newException, SystemError, typeError, ValueError,
} from '../objects/exceptions';
import {
  call, callUnbound, CompareOp, getAttr, getAttrOrRaised, getAttrOrUndefined, isCallable, iterableToArray, pyHash, richCompare, isTrue, setAttr,
} from '../objects/protocols';
import { type RAISED, thrownIfRaised } from '../objects/raised';
import { PyDict } from '../objects/dict';
import { dictType } from '../objects/dictType';
import { PyList } from '../objects/list';
import { PyTuple, tupleType } from '../objects/tuple';
import { bufferOf, PyBytes } from '../objects/bytes';
import { decodeBytes } from '../objects/strCodecs';
import { warnFromBuiltin } from '../objects/builtinWarning';
import { PyCell, PyFunction } from '../objects/function';
import { PyCode, pyCode } from '../objects/code';
import { builtinsFor } from '../objects/functionMethods';
import { idOfValue } from '../objects/identity';
import { intValue } from '../objects/int';
import { attributeName } from '../objects/str';
import { Frame } from '../vm/frame';
import { runFrame } from '../vm/eval';
import { PyCodeRunningBuiltin } from '../vm/codeRunningBuiltin';
import { threadState } from '../vm/threadState';
import { frameLocals } from '../vm/frameLocals';
import { builtinsModule, defineBinaryFunction, defineFunction, defineUnaryFunction } from './builtins';
import { warnAtCompileTime } from './warnings';

// ---------------------------------------------------------------- attributes

// getattr(obj, name) gives a missing attribute's AttributeError back as RAISED
// (objects/raised.ts) when called with two arguments directly (CALL's binary natives):
// `try: getattr(obj, name) except AttributeError:` costs no JS throw.
const getattrBuiltin = defineFunction(builtinsModule, 'getattr', (args, kwnames) => {
  checkArgCount('getattr', args, kwnames, 2, 3);
  if (args.length === 2) return thrownIfRaised(attributeOf(args[0], args[1]));
  const value = getAttrOrUndefined(args[0], attributeName(args[1]));
  return value !== undefined ? value : args[2];
});
getattrBuiltin.binary = attributeOf;

function attributeOf(value: Py, name: Py): Py | typeof RAISED {
  return getAttrOrRaised(value, attributeName(name));
}

defineFunction(builtinsModule, 'setattr', (args, kwnames) => {
  checkArgCount('setattr', args, kwnames, 3);
  setAttr(args[0], attributeName(args[1]), args[2]);
  return null;
});

defineFunction(builtinsModule, 'delattr', (args, kwnames) => {
  checkArgCount('delattr', args, kwnames, 2);
  setAttr(args[0], attributeName(args[1]), undefined);
  return null;
});

defineBinaryFunction(builtinsModule, 'hasattr', (value, name) => getAttrOrUndefined(value, attributeName(name)) !== undefined);

// ---------------------------------------------------------------- namespaces

function callerFrame(): Frame {
  const frame = threadState.frame;
  if (frame === null) throw newException(SystemError, 'no current frame');
  return frame;
}

defineFunction(builtinsModule, 'globals', (args, kwnames) => {
  checkArgCount('globals', args, kwnames, 0);
  return callerFrame().globals;
});

defineFunction(builtinsModule, 'locals', (args, kwnames) => {
  checkArgCount('locals', args, kwnames, 0);
  return frameLocals(callerFrame());
});

defineFunction(builtinsModule, 'vars', (args, kwnames) => {
  checkArgCount('vars', args, kwnames, 0, 1);
  if (args.length === 0) return frameLocals(callerFrame());
  try {
    return getAttr(args[0], '__dict__');
  } catch (error) {
    if (isInstanceOfException(error, AttributeError)) throw typeError('vars() argument must have __dict__ attribute');
    throw error;
  }
});

defineFunction(builtinsModule, 'dir', (args, kwnames) => {
  checkArgCount('dir', args, kwnames, 0, 1);
  let names: Py[];
  if (args.length === 0) {
    const locals = frameLocals(callerFrame());
    // PyMapping_Keys: an exact dict's keys, anything else's keys().
    names = locals instanceof PyDict && locals.cls === dictType ? locals.keys() : iterableToArray(call(getAttr(locals, 'keys'), []));
  } else {
    const dirMethod = typeOf(args[0]).lookup('__dir__');
    if (dirMethod === undefined) throw typeError('object does not provide __dir__');
    names = iterableToArray(callUnbound(dirMethod, args[0], []));
  }
  return new PyList(sortedValues(names));
});

/** The values in ascending order by `<`, as sorted() orders them (stable). */
function sortedValues(values: Py[]): Py[] {
  return values.slice().sort((a, b) => {
    if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
    if (isTrue(richCompare(a, b, CompareOp.LT))) return -1;
    return isTrue(richCompare(b, a, CompareOp.LT)) ? 1 : 0;
  });
}

// ---------------------------------------------------------------- identity, hashing, calling

defineUnaryFunction(builtinsModule, 'id', idOfValue);

defineUnaryFunction(builtinsModule, 'hash', pyHash);

defineUnaryFunction(builtinsModule, 'callable', isCallable);

// ---------------------------------------------------------------- compile, exec, eval

/** The compile() flags that are __future__ features (PyCF_MASK). */
const FUTURE_FLAGS = 0x1fe0000;
/** The flags compile() accepts besides those: CO_NESTED (obsolete) and the PyCF_* that shape compilation. */
const OTHER_COMPILE_FLAGS = 0x0010 | 0x0200 | 0x0400 | 0x1000 | 0x2000 | 0x4000;
const ONLY_AST = 0x0400;

/** The __future__ features of the running code, which exec, eval and compile pass on (PyEval_MergeCompilerFlags). */
function inheritedFlags(): number {
  const frame = threadState.frame;
  return frame === null ? 0 : frame.code.co_flags & FUTURE_FLAGS;
}

/** Source text, or the bytes of bytes or another buffer (a memoryview), as the compiler takes them; null for anything else. */
function sourceOf(source: Py): string | Uint8Array | null {
  if (typeof source === 'string') return source;
  return bufferOf(source) ?? null;
}

function compileSource(source: string | Uint8Array, filename: string, mode: CompileMode, flags: number, optimize = -1): CodeObject {
  return compile(source, filename, mode, { flags, optimize, warn: warnAtCompileTime });
}

const COMPILE_SIGNATURE = {
  name: 'compile', names: ['source', 'filename', 'mode', 'flags', 'dont_inherit', 'optimize', '_feature_version'], required: 3, positionalOnly: 0, keywordOnlyFrom: 6,
};

defineFunction(builtinsModule, 'compile', (args, kwnames) => {
  const [source, filenameArg, mode, flagsArg, dontInheritArg, optimizeArg] = bindArguments(COMPILE_SIGNATURE, args, kwnames);
  const filename = fsPath(filenameArg!);
  if (typeof mode !== 'string') throw typeError(`compile() argument 'mode' must be str, not ${typeOf(mode!).name}`);
  const flags = flagsArg === undefined ? 0 : intArgument(flagsArg);
  const dontInherit = dontInheritArg === undefined ? 0 : intArgument(dontInheritArg);
  const optimize = optimizeArg === undefined ? -1 : intArgument(optimizeArg);
  if (flags & ~(FUTURE_FLAGS | OTHER_COMPILE_FLAGS)) throw newException(ValueError, 'compile(): unrecognised flags');
  if (optimize < -1 || optimize > 2) throw newException(ValueError, 'compile(): invalid optimize value');
  if (mode !== 'exec' && mode !== 'eval' && mode !== 'single' && mode !== 'func_type') {
    throw newException(ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
  }
  if (mode === 'func_type' && !(flags & ONLY_AST)) throw newException(ValueError, "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
  const allFlags = dontInherit === 0 ? flags | inheritedFlags() : flags;
  if (isAstObject(source!)) {
    if (flags & ONLY_AST) return source!;
    const tree = modFromPython(source!, mode);
    validateTree(tree);
    return pyCode(compile(tree, filename, mode as CompileMode, { flags: allFlags, optimize, warn: warnAtCompileTime }));
  }
  const text = sourceOf(source!);
  if (text === null) throw typeError('compile() arg 1 must be a string, bytes or AST object');
  if (flags & ONLY_AST) return astToPython(parse(text, { filename, mode: mode as ParseMode, typeComments: (flags & CompileFlag.TYPE_COMMENTS) !== 0 }));
  return pyCode(compileSource(text, filename, mode as CompileMode, allFlags, optimize));
});

/**
 * A file name argument, as PyUnicode_FSDecoder reads it: str, bytes (decoded as the file
 * system decodes names), an os.PathLike's __fspath__(), or, deprecated, any other buffer.
 */
function fsPath(value: Py): string {
  const buffer = value instanceof PyBytes ? undefined : bufferOf(value);
  let path: string;
  if (buffer !== undefined) {
    warnFromBuiltin(DeprecationWarning, `path should be string, bytes, or os.PathLike, not ${typeOf(value).name}`);
    path = decodeBytes(buffer, 'utf-8', 'surrogateescape');
  } else {
    path = fsPathOf(value);
  }
  if (path.includes('\0')) throw newException(ValueError, 'embedded null character');
  return path;
}

/** PyOS_FSPath, the bytes decoded. */
function fsPathOf(value: Py): string {
  if (typeof value === 'string') return value;
  if (value instanceof PyBytes) return decodeBytes(value.bytes, 'utf-8', 'surrogateescape');
  const fspath = typeOf(value).lookup('__fspath__');
  if (fspath !== undefined) {
    const path = callUnbound(fspath, value, []);
    if (typeof path === 'string') return path;
    if (path instanceof PyBytes) return decodeBytes(path.bytes, 'utf-8', 'surrogateescape');
    throw typeError(`expected ${typeOf(value).name}.__fspath__() to return str or bytes, not ${typeOf(path).name}`);
  }
  throw typeError(`expected str, bytes or os.PathLike object, not ${typeOf(value).name}`);
}

function intArgument(value: Py): number {
  const int = intValue(value);
  if (int === undefined) throw typeError(`'${typeOf(value).name}' object cannot be interpreted as an integer`);
  return Number(int);
}

const EXEC_SIGNATURE = { name: 'exec', names: ['source', 'globals', 'locals', 'closure'], required: 1, positionalOnly: 3, keywordOnlyFrom: 3 };

// (Its frame is run inlined where the loop calls it: codeRunningBuiltin.ts.)
builtinsModule.dict.setStr('exec', new PyCodeRunningBuiltin('exec', (args, kwnames) => {
  const positionalCount = args.length - (kwnames?.length ?? 0);
  if (positionalCount > 3) throw typeError(`exec() takes at most 3 positional arguments (${positionalCount} given)`);
  if (positionalCount < 1) throw typeError(`exec() takes at least 1 positional argument (${positionalCount} given)`);
  const [source, globalsArg, localsArg, closureArg] = bindArguments(EXEC_SIGNATURE, args, kwnames);
  const { globals, locals } = namespaces('exec', globalsArg ?? null, localsArg ?? null);
  const closure = closureArg === undefined || closureArg === null ? null : closureArg;
  if (source instanceof PyCode) return codeFrame(source.code, globals, locals, closureFor(source.code, closure));
  if (closure !== null) throw typeError('closure can only be used when source is a code object');
  const text = sourceOf(source!);
  if (text === null) throw typeError('exec() arg 1 must be a string, bytes or code object');
  return codeFrame(compileSource(text, '<string>', 'exec', inheritedFlags()), globals, locals, null);
}, 'builtins'));

defineFunction(builtinsModule, 'eval', (args, kwnames) => {
  noKeywords('eval', kwnames);
  checkArgCount('eval', args, kwnames, 1, 3);
  const { globals, locals } = namespaces('eval', args[1] ?? null, args[2] ?? null);
  const source = args[0];
  if (source instanceof PyCode) {
    if (source.code.co_freevars.length > 0) throw typeError('code object passed to eval() may not contain free variables');
    return runFrame(codeFrame(source.code, globals, locals, null));
  }
  const text = sourceOf(source);
  if (text === null) throw typeError('eval() arg 1 must be a string, bytes or code object');
  return runFrame(codeFrame(compileSource(stripLeadingBlanks(text), '<string>', 'eval', inheritedFlags()), globals, locals, null));
});

/** eval() skips the spaces and tabs source starts with, so an indented expression is not an IndentationError. */
function stripLeadingBlanks(source: string | Uint8Array): string | Uint8Array {
  let start = 0;
  while (start < source.length && isBlank(typeof source === 'string' ? source.charCodeAt(start) : source[start])) start++;
  return start === 0 ? source : source.slice(start);
}

function isBlank(unit: number): boolean {
  return unit === 0x20 || unit === 0x09;
}

/** The globals and locals exec() or eval() run with: the caller's when none are given, the globals doubling as locals when only they are. */
function namespaces(fn: 'exec' | 'eval', globalsArg: Py, localsArg: Py): { globals: PyDict; locals: Py } {
  if (globalsArg !== null && !(globalsArg instanceof PyDict)) {
    if (fn === 'exec') throw typeError(`exec() globals must be a dict, not ${typeOf(globalsArg).name}`);
    throw typeError(isMapping(globalsArg) ? 'globals must be a real dict; try eval(expr, {}, mapping)' : 'globals must be a dict');
  }
  if (localsArg !== null && !isMapping(localsArg)) {
    throw typeError(fn === 'exec' ? `locals must be a mapping or None, not ${typeOf(localsArg).name}` : 'locals must be a mapping');
  }
  if (globalsArg === null) {
    const frame = callerFrame();
    return { globals: frame.globals, locals: localsArg ?? frameLocals(frame) };
  }
  return { globals: globalsArg, locals: localsArg ?? globalsArg };
}

/** PyMapping_Check: whether the value can be subscripted. */
function isMapping(value: Py): boolean {
  return value instanceof PyDict || typeOf(value).lookup('__getitem__') !== undefined;
}

/** The cells a code object with free variables runs with (exec's `closure`), checked as CPython checks them. */
function closureFor(code: CodeObject, closure: Py): PyCell[] | null {
  const freeCount = code.co_freevars.length;
  if (freeCount === 0) {
    if (closure !== null) throw typeError('cannot use a closure with this code object');
    return null;
  }
  const cells = closure instanceof PyTuple && closure.cls === tupleType && closure.items.length === freeCount && closure.items.every((c) => c instanceof PyCell)
    ? (closure.items as PyCell[])
    : null;
  if (cells === null) throw typeError(`code object requires a closure of exactly length ${freeCount}`);
  return cells;
}

/** The frame of module-level (or class-body-like) code run in the given namespaces, as PyEval_EvalCode runs it. */
function codeFrame(code: CodeObject, globals: PyDict, locals: Py, closure: PyCell[] | null): Frame {
  if (globals.getStr('__builtins__') === undefined) globals.setStr('__builtins__', callerFrame().builtins);
  const builtins = builtinsFor(globals);
  let func: PyFunction | null = null;
  if (closure !== null) {
    func = new PyFunction(code, globals, builtins);
    func.closure = closure;
  }
  return new Frame(code, globals, builtins, (code.co_flags & CodeFlag.OPTIMIZED) !== 0 ? null : locals, func);
}
