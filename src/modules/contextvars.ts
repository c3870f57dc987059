// The _contextvars module: context variables, contexts and tokens. A context is an
// immutable mapping from variables to values (copy-on-write JS Maps standing in for
// CPython's HAMT); the running thread has a current one, which Context.run swaps.
import type { Py } from '../objects/object';
import { PyObject } from '../objects/object';
import { newModule } from '../objects/module';
import { nativeType } from '../objects/type';
import { bindArguments, checkArgCount, defineGetSets, defineMethods, newTargetOf, PyBuiltinFunction } from '../objects/native';
import { keyError, LookupError, newException, RuntimeError, typeError, ValueError } from '../objects/exceptions';
import { call, pyRepr } from '../objects/protocols';
import { addressOf } from '../objects/identity';
import { ArrayIterator } from '../objects/iterators';
import { PyList } from '../objects/list';
import { newTuple } from '../objects/tuple';
import { defineClassGetItem } from '../objects/genericAlias';
import { defineFunction } from './builtins';
import { registerBuiltinModule } from './registry';

export const contextvarsModule = newModule('_contextvars', 'Context Variables');
registerBuiltinModule('_contextvars', () => contextvarsModule);

const contextType = nativeType('Context', undefined, { baseType: false });
const contextVarType = nativeType('ContextVar', undefined, { baseType: false });
const tokenType = nativeType('Token', undefined, { baseType: false });
for (const type of [contextType, contextVarType, tokenType]) {
  type.attrs.set('__module__', '_contextvars');
  contextvarsModule.dict.setStr(type.name, type);
}

class PyContext extends PyObject {
  entered = false;
  constructor(public values: Map<PyContextVar, Py>) {
    super(contextType);
  }
}

class PyContextVar extends PyObject {
  constructor(readonly name: string, readonly defaultValue: Py | undefined) {
    super(contextVarType);
  }
}

/** Token.MISSING: the old value of a variable that had none. */
const MISSING = new PyObject(nativeType('Token.MISSING', undefined, { baseType: false }));
defineMethods(MISSING.cls, { __repr__: () => '<Token.MISSING>' });

class PyToken extends PyObject {
  used = false;
  constructor(readonly context: PyContext, readonly variable: PyContextVar, readonly oldValue: Py) {
    super(tokenType);
  }
}

let current = new PyContext(new Map());

/** The context the running code sees, for asyncio's tasks and callbacks. */
export function currentContext(): PyContext {
  return current;
}

contextType.attrs.set('__new__', new PyBuiltinFunction('__new__', (args, kwnames) => {
  newTargetOf(contextType, args);
  checkArgCount('Context', args.slice(1), kwnames, 0);
  return new PyContext(new Map());
}, undefined, null));

function variableKey(key: Py): PyContextVar {
  if (!(key instanceof PyContextVar)) throw typeError(`a ContextVar key was expected, got ${pyRepr(key)}`);
  return key;
}

defineMethods(contextType, {
  run(self: PyContext, args, kwnames) {
    if (args.length - (kwnames?.length ?? 0) < 1) throw typeError('run() missing 1 required positional argument');
    if (self.entered) throw newException(RuntimeError, `cannot enter context: ${pyRepr(self)} is already entered`);
    const saved = current;
    self.entered = true;
    current = self;
    try {
      return call(args[0], args.slice(1), kwnames);
    } finally {
      current = saved;
      self.entered = false;
    }
  },
  copy: (self: PyContext) => new PyContext(new Map(self.values)),
  get(self: PyContext, args) {
    checkArgCount('get', args, null, 1, 2);
    const value = self.values.get(variableKey(args[0]));
    return value !== undefined ? value : args[1] ?? null;
  },
  __getitem__(self: PyContext, args) {
    const value = self.values.get(variableKey(args[0]));
    if (value === undefined) throw keyError(args[0]);
    return value;
  },
  __contains__: (self: PyContext, args) => self.values.has(variableKey(args[0])),
  __len__: (self: PyContext) => self.values.size,
  __iter__: (self: PyContext) => new ArrayIterator({ items: [...self.values.keys()] }),
  keys: (self: PyContext) => new PyList([...self.values.keys()]),
  values: (self: PyContext) => new PyList([...self.values.values()]),
  items: (self: PyContext) => new PyList([...self.values.entries()].map(([k, v]) => newTuple([k, v]))),
});

const CONTEXTVAR = { name: 'ContextVar', names: ['name', 'default'], required: 1, positionalOnly: 1, keywordOnlyFrom: 1 };
contextVarType.attrs.set('__new__', new PyBuiltinFunction('__new__', (args, kwnames) => {
  newTargetOf(contextVarType, args);
  const [name, defaultValue] = bindArguments(CONTEXTVAR, args.slice(1), kwnames);
  if (typeof name !== 'string') throw typeError('context variable name must be a str');
  return new PyContextVar(name, defaultValue);
}, undefined, null));

defineMethods(contextVarType, {
  get(self: PyContextVar, args) {
    checkArgCount('get', args, null, 0, 1);
    const value = current.values.get(self);
    if (value !== undefined) return value;
    if (args.length === 1) return args[0];
    if (self.defaultValue !== undefined) return self.defaultValue;
    throw newException(LookupError, self);
  },
  set(self: PyContextVar, args) {
    checkArgCount('set', args, null, 1);
    const old = current.values.get(self);
    const values = new Map(current.values);
    values.set(self, args[0]);
    current.values = values;
    return new PyToken(current, self, old === undefined ? MISSING : old);
  },
  reset(self: PyContextVar, args) {
    checkArgCount('reset', args, null, 1);
    const token = args[0];
    if (!(token instanceof PyToken)) throw typeError(`expected an instance of Token, got ${pyRepr(token)}`);
    if (token.used) throw newException(RuntimeError, `${pyRepr(token)} has already been used once`);
    if (token.variable !== self) throw newException(ValueError, `${pyRepr(token)} was created by a different ContextVar`);
    if (token.context !== current) throw newException(ValueError, `${pyRepr(token)} was created in a different Context`);
    token.used = true;
    const values = new Map(current.values);
    if (token.oldValue === MISSING) values.delete(self);
    else values.set(self, token.oldValue);
    current.values = values;
    return null;
  },
  __repr__(self: PyContextVar) {
    const defaultPart = self.defaultValue === undefined ? '' : ` default=${pyRepr(self.defaultValue)}`;
    return `<ContextVar name=${pyRepr(self.name)}${defaultPart} at ${addressOf(self)}>`;
  },
});
defineGetSets(contextVarType, {
  name: { get: (self: PyContextVar) => self.name },
});
defineClassGetItem(contextVarType);

defineMethods(tokenType, {
  __repr__: (self: PyToken) => `<Token${self.used ? ' used' : ''} var=${pyRepr(self.variable)} at ${addressOf(self)}>`,
});
defineGetSets(tokenType, {
  var: { get: (self: PyToken) => self.variable },
  old_value: { get: (self: PyToken) => self.oldValue },
});
tokenType.attrs.set('MISSING', MISSING);
defineClassGetItem(tokenType);

defineFunction(contextvarsModule, 'copy_context', (args, kwnames) => {
  checkArgCount('copy_context', args, kwnames, 0);
  return new PyContext(new Map(current.values));
});

