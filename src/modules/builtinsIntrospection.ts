// The introspection built-ins: getattr, setattr, hasattr, delattr, vars, dir, id, hash, callable, globals, locals, exec, eval, compile.
export {};
