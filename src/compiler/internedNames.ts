// Which strs CPython has already interned when it makes a module's code objects. It
// matters for one visible thing: a frozenset constant holding such a str is rebuilt
// when the str is interned, which can reorder the set (see frozensetConstantOrder).
// The parser interns every identifier of the module; before that, the process interned
// the names and constants of the modules it loaded and the attribute names of its
// builtin types and modules. Those are taken as `python3 -m dis FILE` has them (a
// generated table): the modules a program imports before calling compile() cannot be
// known from here.
import type * as ast from '../ast/nodes';
import { INTERNED_AT_START_UP } from './internedAtStartUp';

/** Fields of AST nodes that hold identifiers (dotted module names count part by part). */
const IDENTIFIER_FIELDS = new Set(['id', 'attr', 'name', 'arg', 'asname', 'module', 'names', 'kwd_attrs', 'rest']);

/**
 * A predicate telling whether a str was interned before the module's code objects were
 * made. The module's identifiers are gathered on the first question, which few modules
 * ever ask (only frozenset constants of name-like strs do).
 */
export function internedBeforeCompiling(mod: ast.mod): (s: string) => boolean {
  let identifiers: Set<string> | null = null;
  return (s) => (internedAtStartUp ??= new Set(INTERNED_AT_START_UP.split(/\s+/))).has(s) || (identifiers ??= identifiersOf(mod)).has(s);
}

let internedAtStartUp: Set<string> | null = null;

/** Every identifier in the tree (walked with a stack: trees can be deep). */
function identifiersOf(mod: ast.mod): Set<string> {
  const interned = new Set<string>();
  const pending: ast.Node[] = [mod];
  while (pending.length > 0) {
    const node = pending.pop() as unknown as Record<string, unknown>;
    const kind = node.constructor as unknown as ast.NodeClassInfo;
    for (const field of identifierFieldsOf(kind)) addIdentifiers(interned, node[field]);
    for (const field of kind._children) {
      const value = node[field] as ast.Node | (ast.Node | null)[] | null;
      if (Array.isArray(value)) {
        for (const item of value) if (item !== null) pending.push(item);
      } else if (value !== null) {
        pending.push(value);
      }
    }
  }
  return interned;
}

const identifierFieldsByKind = new Map<ast.NodeClassInfo, readonly string[]>();

function identifierFieldsOf(kind: ast.NodeClassInfo): readonly string[] {
  let fields = identifierFieldsByKind.get(kind);
  if (fields === undefined) identifierFieldsByKind.set(kind, (fields = kind._fields.filter((field) => IDENTIFIER_FIELDS.has(field))));
  return fields;
}

/** A name, a dotted module name (counted part by part), or a list of names; import's aliases are nodes of their own. */
function addIdentifiers(interned: Set<string>, value: unknown): void {
  if (typeof value === 'string') {
    for (const part of value.split('.')) interned.add(part);
  } else if (Array.isArray(value)) {
    for (const item of value) if (typeof item === 'string') addIdentifiers(interned, item);
  }
}
