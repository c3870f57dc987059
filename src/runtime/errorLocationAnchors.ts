// Where the ~~~^^^~~~ markers of a traceback line put their ^: CPython 3.11 parses the
// failing instruction's source text on its own (traceback.c's extract_anchors_from_line)
// and, when it is a single expression statement that is a binary operation or a
// subscript, marks the operator or the bracketed part. Only those two forms are
// recognised in 3.11: calls and attributes get plain ^^^ markers.
import * as ast from '../ast/nodes';
import { parse } from '../parser/parser';
import { optimizeAst } from '../compiler/astOptimizer';
import { byteOffsetToCharacterOffset } from './byteOffsets';

/** The part to mark with ^, in characters of `segment` (end excluded); undefined when nothing narrower is marked. */
export function errorLocationAnchors(segment: string, filename: string): { left: number; right: number } | undefined {
  let mod: ast.mod;
  try {
    mod = optimizeAst(parse(segment, { filename, mode: 'exec' }), { optimize: 0 });
  } catch {
    // Text that does not parse on its own (part of a larger construct) is marked whole, as CPython does.
    return undefined;
  }
  if (!(mod instanceof ast.Module) || mod.body.length !== 1) return undefined;
  const statement = mod.body[0];
  if (!(statement instanceof ast.Expr)) return undefined;
  const anchors = byteAnchors(Buffer.from(segment, 'utf8'), statement.value);
  if (anchors === undefined) return undefined;
  const utf8 = Buffer.from(segment, 'utf8');
  return { left: byteOffsetToCharacterOffset(utf8, anchors.left), right: byteOffsetToCharacterOffset(utf8, anchors.right) };
}

/** extract_anchors_from_expr, in UTF-8 byte offsets of the segment. */
function byteAnchors(utf8: Uint8Array, expr: ast.expr): { left: number; right: number } | undefined {
  if (expr instanceof ast.BinOp) {
    // The operator: the first non-blank byte after the left operand that is not one of
    // the brackets closing around it, and the byte after it when that is not blank
    // either (a two-character operator, or what follows a one-character one directly).
    const end = expr.right.col_offset;
    let anchors: { left: number; right: number } | undefined;
    for (let i = expr.left.end_col_offset; i < end; i++) {
      if (isBlank(utf8[i])) continue;
      anchors = { left: i, right: i + 1 < end && !isBlank(utf8[i + 1]) ? i + 2 : i + 1 };
      if (i + 1 < end && utf8[i] === CLOSING_PARENTHESIS) continue;
      break;
    }
    return anchors;
  }
  if (expr instanceof ast.Subscript) {
    // From the brackets of the subscript (past any around the value) to the closing one.
    let left = expr.value.end_col_offset;
    let right = expr.slice.end_col_offset + 1;
    while (left < utf8.length && utf8[left] !== OPENING_BRACKET) left++;
    while (right < utf8.length && utf8[right] !== CLOSING_BRACKET) right++;
    if (right < utf8.length) right++;
    return { left, right };
  }
  return undefined;
}

const CLOSING_PARENTHESIS = 0x29;
const OPENING_BRACKET = 0x5b;
const CLOSING_BRACKET = 0x5d;

function isBlank(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0c;
}
