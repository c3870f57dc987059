// BaseExceptionGroup and ExceptionGroup (PEP 654, CPython's Objects/exceptions.c): the
// constructor's checks and its choice of ExceptionGroup when every member is an
// Exception, message and exceptions, "msg (2 sub-exceptions)" as str, and split() /
// subgroup() / derive(), which the except* machinery of the VM builds on.
import type { Py } from './object';
import {
  BaseException, BaseExceptionGroup, Exception, ExceptionGroup, exceptionField, newException, PyBaseException,
  setExceptionField, typeError, ValueError, AttributeError,
} from './exceptions';
import { defineGetSets, defineMethods, noKeywords } from './native';
import { call, enterRecursiveCall, getAttr, getAttrOrUndefined, isInstance, isTrue, iterableToArray, leaveRecursiveCall, pyStr, setAttr } from './protocols';
import { newTuple, PyTuple, tupleType } from './tuple';
import { PyType } from './type';
import { typeOf } from './typeOf';
import { PyDict } from './dict';
import { PyList } from './list';
import { PyFunction } from './function';
import { baseExceptionNew, defineExceptionNew, initArgs } from './exceptionMethods';
import { defineClassGetItem } from './genericAlias';

/** Whether `value` is an exception group (an instance of BaseExceptionGroup or a subclass). */
export function isExceptionGroup(value: Py): value is PyBaseException {
  return value instanceof PyBaseException && value.cls.isSubtypeOf(BaseExceptionGroup);
}

/** The members of a group, as the tuple the constructor made of its second argument. */
export function groupMembers(group: PyBaseException): PyBaseException[] {
  return (exceptionField(group, 'exceptions') as PyTuple).items as PyBaseException[];
}

defineExceptionNew(BaseExceptionGroup, (cls, args, kwnames) => {
  const positional = kwnames === null ? args : args.slice(0, args.length - kwnames.length);
  if (positional.length !== 2) throw typeError(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${positional.length} given)`);
  const [message, sequence] = positional;
  if (typeof message !== 'string') throw typeError(`BaseExceptionGroup.__new__() argument 1 must be str, not ${typeOf(message).name}`);
  if (!isSequence(sequence)) throw typeError('second argument (exceptions) must be a sequence');
  const members = iterableToArray(sequence);
  if (members.length === 0) throw newException(ValueError, 'second argument (exceptions) must be a non-empty sequence');
  let nestsBaseExceptions = false;
  members.forEach((member, i) => {
    if (!(member instanceof PyBaseException)) throw newException(ValueError, `Item ${i} of second argument (exceptions) is not an exception`);
    if (!isInstance(member, Exception)) nestsBaseExceptions = true;
  });
  const type = groupType(cls, nestsBaseExceptions);
  const group = baseExceptionNew(type, positional, null);
  setExceptionField(group, 'message', message);
  setExceptionField(group, 'exceptions', newTuple(members));
  return group;
});

/** PySequence_Check: an object with __getitem__ that is not a mapping of the dict family. */
function isSequence(value: Py): boolean {
  return !(value instanceof PyDict) && typeOf(value).lookup('__getitem__') !== undefined;
}

/**
 * The class the group is made with: BaseExceptionGroup(...) gives an ExceptionGroup when
 * every member is an Exception; ExceptionGroup and its subclasses refuse BaseExceptions.
 */
function groupType(cls: PyType, nestsBaseExceptions: boolean): PyType {
  if (cls === ExceptionGroup) {
    if (nestsBaseExceptions) throw typeError('Cannot nest BaseExceptions in an ExceptionGroup');
    return cls;
  }
  if (cls === BaseExceptionGroup) return nestsBaseExceptions ? cls : ExceptionGroup;
  if (nestsBaseExceptions && cls.isSubtypeOf(Exception)) throw typeError(`Cannot nest BaseExceptions in '${cls.name}'`);
  return cls;
}

defineMethods(BaseExceptionGroup, {
  __init__(self: PyBaseException, args, kwnames) {
    initArgs(self, args, kwnames);
    return null;
  },
  __str__(self: PyBaseException) {
    const count = groupMembers(self).length;
    return `${pyStr(exceptionField(self, 'message')!)} (${count} sub-exception${count > 1 ? 's' : ''})`;
  },
  derive(self: PyBaseException, args, kwnames) {
    noKeywords('BaseExceptionGroup.derive', kwnames);
    if (args.length !== 1) throw typeError(`function takes exactly 1 argument (${args.length} given)`);
    return call(BaseExceptionGroup, [exceptionField(self, 'message')!, args[0]]);
  },
  split(self: PyBaseException, args, kwnames) {
    const { match, rest } = splitExceptionGroup(self, matcherFor(conditionArgument('split', args, kwnames)), true);
    return newTuple([match, rest]);
  },
  subgroup(self: PyBaseException, args, kwnames) {
    return splitExceptionGroup(self, matcherFor(conditionArgument('subgroup', args, kwnames)), false).match;
  },
});

/** The one argument of split() and subgroup(), checked as PyArg_UnpackTuple checks it. */
function conditionArgument(name: string, args: Py[], kwnames: readonly string[] | null): Py {
  noKeywords(`BaseExceptionGroup.${name}`, kwnames);
  if (args.length !== 1) throw typeError(`${name} expected 1 argument, got ${args.length}`);
  return args[0];
}

function readonly(name: string) {
  return {
    get: (self: PyBaseException): Py => exceptionField(self, name) ?? null,
    set(): void {
      throw newException(AttributeError, 'readonly attribute');
    },
  };
}

defineGetSets(BaseExceptionGroup, { message: readonly('message'), exceptions: readonly('exceptions') });
defineClassGetItem(BaseExceptionGroup);

// ExceptionGroup is made by PyErr_NewException in CPython: a class with a module of its own.
ExceptionGroup.attrs.set('__module__', 'builtins');
ExceptionGroup.attributesChanged();

// ---------------------------------------------------------------- split

/** Decides which exceptions (leaves, or whole nested groups) a split takes. */
export type ExceptionMatcher = (exc: PyBaseException) => boolean;

/** split()'s and subgroup()'s argument: an exception type, a tuple of them, or a function. */
function matcherFor(condition: Py): ExceptionMatcher {
  if (condition instanceof PyFunction) return (exc) => isTrue(call(condition, [exc]));
  if (isExceptionClass(condition)) return (exc) => exceptionMatches(exc, condition);
  if (condition instanceof PyTuple && condition.cls === tupleType && condition.items.every(isExceptionClass)) {
    return (exc) => exceptionMatches(exc, condition);
  }
  throw typeError('expected a function, exception type or tuple of exception types');
}

function isExceptionClass(value: Py): boolean {
  return value instanceof PyType && value.isSubtypeOf(BaseException);
}

/** PyErr_GivenExceptionMatches: the exception's class is the class, or one in the tuple, or a subclass. */
export function exceptionMatches(exc: PyBaseException, condition: Py): boolean {
  if (condition instanceof PyTuple) return condition.items.some((item) => exceptionMatches(exc, item));
  return condition instanceof PyType && typeOf(exc).isSubtypeOf(condition);
}

export interface SplitResult {
  match: PyBaseException | null;
  rest: PyBaseException | null;
}

/**
 * exceptiongroup_split_recursive: the part of `exc` that `matches` takes and (with
 * `constructRest`) the part it leaves, each a group shaped as `exc` (made by its
 * derive(), with its traceback, cause, context and notes), or null when empty.
 */
export function splitExceptionGroup(exc: PyBaseException, matches: ExceptionMatcher, constructRest: boolean): SplitResult {
  if (matches(exc)) return { match: exc, rest: null };
  if (!isExceptionGroup(exc)) return { match: null, rest: constructRest ? exc : null };
  const matched: PyBaseException[] = [];
  const rest: PyBaseException[] = [];
  for (const member of groupMembers(exc)) {
    enterRecursiveCall(' in exceptiongroup_split_recursive');
    let part: SplitResult;
    try {
      part = splitExceptionGroup(member, matches, constructRest);
    } finally {
      leaveRecursiveCall();
    }
    if (part.match !== null) matched.push(part.match);
    if (part.rest !== null) rest.push(part.rest);
  }
  return { match: subset(exc, matched), rest: constructRest ? subset(exc, rest) : null };
}

/** exceptiongroup_subset: a group of `members` made like `original`, or null for none. */
function subset(original: PyBaseException, members: PyBaseException[]): PyBaseException | null {
  if (members.length === 0) return null;
  const group = call(getAttr(original, 'derive'), [new PyList(members)]);
  if (!isExceptionGroup(group)) throw typeError('derive must return an instance of BaseExceptionGroup');
  if (original.traceback !== null) group.traceback = original.traceback;
  group.context = original.context;
  group.cause = original.cause;
  group.suppressContext = true;
  const notes = getAttrOrUndefined(original, '__notes__');
  // Each part gets its own copy; notes that are not a sequence are left behind.
  if (notes !== undefined && isSequence(notes)) setAttr(group, '__notes__', new PyList(iterableToArray(notes)));
  return group;
}
