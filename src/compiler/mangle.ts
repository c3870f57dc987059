// Private-name mangling (_Py_Mangle): inside `class C`, an identifier `__spam` becomes
// `_C__spam` wherever it is bound or used, so subclasses cannot clash with it by accident.

/**
 * The name `name` stands for when it appears in the body of the class named
 * `privateName` (null outside any class). Unchanged unless `name` starts with two
 * underscores; dunder names (ending in two underscores) and dotted import names are
 * never mangled, and neither is anything inside a class whose name is only underscores.
 * The class name's leading underscores are dropped: `__x` in `_C` is `_C__x` too.
 */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith('__')) return name;
  if (name.endsWith('__') || name.includes('.')) return name;
  const className = privateName.replace(/^_+/, '');
  if (className === '') return name;
  return `_${className}${name}`;
}
