// The helpers the grammar's actions call to build nodes (CPython keeps their
// counterparts in Parser/action_helpers.c): expression contexts, parameter lists,
// call arguments, and the names error messages give to expressions.
import * as ast from '../ast/nodes';
import { Ellipsis } from '../ast/constant';

export const LOAD = new ast.Load();
export const STORE = new ast.Store();
export const DEL = new ast.Del();

/** Re-labels a target expression (and its elements) with a Store or Del context. */
export function setExprContext(e: ast.expr, ctx: ast.Store | ast.Del | ast.Load): ast.expr {
  switch (e._kind) {
    case 'Name':
      return new ast.Name(e.id, ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
    case 'Tuple':
      return new ast.Tuple(e.elts.map((x) => setExprContext(x, ctx)), ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
    case 'List':
      return new ast.List(e.elts.map((x) => setExprContext(x, ctx)), ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
    case 'Subscript':
      return new ast.Subscript(e.value, e.slice, ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
    case 'Attribute':
      return new ast.Attribute(e.value, e.attr, ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
    case 'Starred':
      return new ast.Starred(setExprContext(e.value, ctx), ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
    default:
      return e;
  }
}

/** How error messages name an expression ("cannot assign to function call"). */
export function exprName(e: ast.expr): string {
  switch (e._kind) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant':
      if (e.value === null) return 'None';
      if (e.value === false) return 'False';
      if (e.value === true) return 'True';
      if (e.value === Ellipsis) return 'ellipsis';
      return 'literal';
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    default: return e._kind;
  }
}

export const enum TargetsType { STAR_TARGETS, DEL_TARGETS, FOR_TARGETS }

/** The first sub-expression that cannot be assigned to (or deleted), if any. */
export function invalidTarget(e: ast.expr, type: TargetsType): ast.expr | null {
  switch (e._kind) {
    case 'List':
    case 'Tuple':
      for (const elt of e.elts) {
        const child = invalidTarget(elt, type);
        if (child) return child;
      }
      return null;
    case 'Starred':
      return type === TargetsType.DEL_TARGETS ? e : invalidTarget(e.value, type);
    case 'Compare':
      // `for a in b` reaches here as the comparison `a in b`: only its left side is the target.
      if (type === TargetsType.FOR_TARGETS) {
        return e.ops[0]._kind === 'In' ? invalidTarget(e.left, type) : null;
      }
      return e;
    case 'Name':
    case 'Subscript':
    case 'Attribute':
      return null;
    default:
      return e;
  }
}

export interface NameDefaultPair { arg: ast.arg; value: ast.expr | null }
export interface SlashWithDefault { plainNames: ast.arg[]; namesWithDefaults: NameDefaultPair[] }
export interface StarEtc { vararg: ast.arg | null; kwonlyargs: NameDefaultPair[]; kwarg: ast.arg | null }

/** Assembles an `arguments` node from the pieces of a parameter list. */
export function makeArguments(
  slashWithoutDefault: ast.arg[] | null,
  slashWithDefault: SlashWithDefault | null,
  plainNames: ast.arg[] | null,
  namesWithDefault: NameDefaultPair[] | null,
  starEtc: StarEtc | null,
): ast.arguments_ {
  let posonlyargs: ast.arg[] = [];
  if (slashWithoutDefault) posonlyargs = slashWithoutDefault;
  else if (slashWithDefault) posonlyargs = [...slashWithDefault.plainNames, ...slashWithDefault.namesWithDefaults.map((p) => p.arg)];
  const args = [...(plainNames ?? []), ...(namesWithDefault ?? []).map((p) => p.arg)];
  const defaults = [
    ...(slashWithDefault?.namesWithDefaults ?? []).map((p) => p.value as ast.expr),
    ...(namesWithDefault ?? []).map((p) => p.value as ast.expr),
  ];
  const kwonly = starEtc?.kwonlyargs ?? [];
  return new ast.arguments_(
    posonlyargs,
    args,
    starEtc?.vararg ?? null,
    kwonly.map((p) => p.arg),
    kwonly.map((p) => p.value) as ast.expr[],
    starEtc?.kwarg ?? null,
    defaults,
  );
}

export function emptyArguments(): ast.arguments_ {
  return new ast.arguments_([], [], null, [], [], null, []);
}

/** A keyword argument, or a `*iterable` that appeared among the keyword arguments. */
export type KeywordOrStarred = { keyword: ast.keyword } | { starred: ast.expr };

export function starredOf(items: KeywordOrStarred[]): ast.expr[] {
  const out: ast.expr[] = [];
  for (const item of items) if ('starred' in item) out.push(item.starred);
  return out;
}

export function keywordsOf(items: KeywordOrStarred[]): ast.keyword[] {
  const out: ast.keyword[] = [];
  for (const item of items) if ('keyword' in item) out.push(item.keyword);
  return out;
}

/** The last expression of a comprehension clause, where error ranges end. */
export function lastComprehensionItem(c: ast.comprehension): ast.expr {
  return c.ifs.length ? c.ifs[c.ifs.length - 1] : c.iter;
}
