// ast.dump: the text CPython 3.11 prints for a tree, byte for byte.
//
// The layout rules are CPython's: a node whose printed arguments are all simple
// (scalars, empty lists, nodes without arguments) and at most three stays on one
// line; any other node, and any non-empty list, breaks its items onto indented lines
// (or only separates them with ', ' when there is no indent). Field names are
// printed unless annotateFields is false, in which case they still appear from the
// first omitted field on, since positions alone would then be ambiguous.
//
// CPython formats each child to a string and pastes it into its parent's string,
// which copies every character once per level of depth. Here the layout of a node
// is decided from its immediate children alone, so everything is written once into
// a single list of pieces, joined at the end: stdlib-sized trees dump in linear time.
import type { Node, NodeClassInfo } from './nodes';
import type { ConstantValue } from './constant';
import { pyRepr } from '../objects/pyRepr';

export interface DumpOptions {
  /** Print field names (default true). */
  annotateFields?: boolean;
  /** Also print positions: lineno, col_offset, end_lineno, end_col_offset (default false). */
  includeAttributes?: boolean;
  /** Pretty-print with this indent per level: a count of spaces or a string; null (default) prints one line. */
  indent?: number | string | null;
}

export function dump(node: Node, options: DumpOptions = {}): string {
  const { annotateFields = true, includeAttributes = false, indent = null } = options;
  const indentUnit = typeof indent === 'number' ? ' '.repeat(Math.max(0, indent)) : indent;
  const writer = new DumpWriter(annotateFields, includeAttributes, indentUnit);
  writer.writeNode(node, 0);
  return writer.text();
}

/** A field value as it appears in a tree: a node, a list of values, or a scalar. */
type FieldValue = Node | readonly FieldValue[] | ConstantValue;

/** One printed argument of a node: `name=value`, or the bare value when label is null. */
interface Argument {
  label: string | null;
  value: FieldValue;
}

class DumpWriter {
  private readonly pieces: string[] = [];
  /** The separators used between the items of a node or list at each nesting level, built on demand. */
  private readonly separators: Array<{ opening: string; between: string }> = [];

  constructor(
    private readonly annotateFields: boolean,
    private readonly includeAttributes: boolean,
    private readonly indentUnit: string | null,
  ) {}

  text(): string {
    return this.pieces.join('');
  }

  writeNode(node: Node, level: number): void {
    const args = this.argumentsOf(node);
    const innerLevel = level + 1;
    this.pieces.push(node._kind, '(');
    if (args.length <= 3 && args.every(({ value }) => this.isSimple(value))) {
      this.writeArguments(args, '', ', ', innerLevel);
    } else {
      const { opening, between } = this.separatorsAt(innerLevel);
      this.writeArguments(args, opening, between, innerLevel);
    }
    this.pieces.push(')');
  }

  private writeArguments(args: readonly Argument[], opening: string, between: string, level: number): void {
    this.pieces.push(opening);
    args.forEach(({ label, value }, i) => {
      if (i > 0) this.pieces.push(between);
      if (label !== null) this.pieces.push(label, '=');
      this.writeValue(value, level);
    });
  }

  private writeValue(value: FieldValue, level: number): void {
    if (isNode(value)) {
      this.writeNode(value, level);
    } else if (Array.isArray(value)) {
      this.writeList(value as readonly FieldValue[], level);
    } else {
      this.pieces.push(pyRepr(value as ConstantValue));
    }
  }

  private writeList(items: readonly FieldValue[], level: number): void {
    if (items.length === 0) {
      this.pieces.push('[]');
      return;
    }
    const innerLevel = level + 1;
    const { opening, between } = this.separatorsAt(innerLevel);
    this.pieces.push('[', opening);
    items.forEach((item, i) => {
      if (i > 0) this.pieces.push(between);
      this.writeValue(item, innerLevel);
    });
    this.pieces.push(']');
  }

  /**
   * The arguments a node prints: its fields, then (if asked) its attributes, skipping
   * any that are unset or None where the field is optional. Once a field is skipped,
   * the following fields are labelled even when annotateFields is off.
   */
  private argumentsOf(node: Node): Argument[] {
    const info = node.constructor as unknown as NodeClassInfo;
    const values = node as unknown as Record<string, FieldValue | undefined>;
    const args: Argument[] = [];
    let labelled = this.annotateFields;
    for (const name of info._fields) {
      const value = values[name];
      if (value === undefined || isOptionalNone(value, name, info)) {
        labelled = true;
        continue;
      }
      args.push({ label: labelled ? name : null, value });
    }
    if (this.includeAttributes) {
      for (const name of info._attributes) {
        const value = values[name];
        if (value !== undefined && !isOptionalNone(value, name, info)) args.push({ label: name, value });
      }
    }
    return args;
  }

  private isSimple(value: FieldValue): boolean {
    if (isNode(value)) return this.argumentsOf(value).length === 0;
    if (Array.isArray(value)) return value.length === 0;
    return true;
  }

  private separatorsAt(level: number): { opening: string; between: string } {
    if (this.indentUnit === null) return { opening: '', between: ', ' };
    let separators = this.separators[level];
    if (separators === undefined) {
      const newline = `\n${this.indentUnit.repeat(level)}`;
      separators = { opening: newline, between: `,${newline}` };
      this.separators[level] = separators;
    }
    return separators;
  }
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && '_kind' in value;
}

/** Optional fields holding None are left out of the dump, like unset ones; other Nones print. */
function isOptionalNone(value: FieldValue, name: string, info: NodeClassInfo): boolean {
  return value === null && info._optional.includes(name);
}
