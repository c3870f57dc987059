// ast.parse turns CPython's C tree into Python objects under a depth limit of three
// times the recursion limit (3000), less three for each Python frame already on the
// stack; deeper trees raise RecursionError. compile() builds no such objects, so the
// limit belongs to the AST as Python sees it, not to the parser.
import { PyFrontEndError } from '../tokenizer/syntaxError';
import type * as ast from './nodes';

/** The limit left when ast.parse is called from a script's top level. */
const DEFAULT_MAX_DEPTH = 2988;

/** Throws the RecursionError ast.parse raises for `tree` if it nests deeper than `maxDepth`. */
export function checkAstDepth(tree: ast.mod, maxDepth = DEFAULT_MAX_DEPTH): void {
  if (deeperThan(tree, maxDepth)) {
    throw new PyFrontEndError('RecursionError', 'maximum recursion depth exceeded during ast construction');
  }
}

/**
 * Whether a node nests more than `budget` levels deep, not counting the operator and
 * context singletons. It stops as soon as the budget is spent, so its own recursion
 * stays within the limit however deep the tree is.
 */
function deeperThan(node: ast.Node, budget: number): boolean {
  if (budget === 0) return true;
  const children = (node.constructor as unknown as ast.NodeClassInfo)._children;
  for (let i = 0; i < children.length; i++) {
    const value = (node as unknown as Record<string, ast.Node | (ast.Node | null)[] | null>)[children[i]];
    if (value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) if (item !== null && deeperThan(item, budget - 1)) return true;
    } else if (deeperThan(value, budget - 1)) {
      return true;
    }
  }
  return false;
}
