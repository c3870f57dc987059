// The shapes of instance __dict__s (what CPython's shared keys and V8's hidden classes
// give): the str keys a dict holds, in insertion order, as a path in a tree that starts
// at the empty shape. Instances filled alike — by the same __init__ — share a shape, so
// an inline cache that has seen a shape knows where a name is among the entries of every
// dict with that shape, or that the name is not there, without looking the name up.
//
// A dict has a shape while it holds only str keys added one after another (no deletion,
// which would leave a hole): the position of a key is then its index along the path.
// Anything else drops the shape for good (PyDict.shape becomes null). Shapes stop growing
// past a few dozen keys, and a shape with too many successors gets none: a program that
// makes up attribute names as it goes must not grow the tree without bound.
export class DictShape {
  private readonly successors = new Map<string, DictShape>();
  /** Where each key is, made at the first lookup. */
  private positions: Map<string, number> | null = null;
  /**
   * The most keys a path through this shape has come to: what a new dict starting from
   * here makes room for, so that a class's instances get value arrays of their size
   * (an array grown by appending takes room for 16 more).
   */
  longest = 0;

  private constructor(
    /** The keys in order. */
    readonly keys: readonly string[],
    private readonly parent: DictShape | null,
  ) {}

  /** An empty shape, the root of a tree of its own: each class's instances start at one of these. */
  static root(): DictShape {
    return new DictShape([], null);
  }

  /** The shape of an empty instance __dict__ of no class in particular (one assigned to __dict__). */
  static readonly EMPTY = DictShape.root();

  /** The position of `key` in dicts of this shape, -1 when they do not hold it. */
  positionOf(key: string): number {
    if (this.positions === null) this.positions = new Map(this.keys.map((name, position) => [name, position]));
    return this.positions.get(key) ?? -1;
  }

  /** The shape after appending `key`, or null when this shape does not grow. */
  add(key: string): DictShape | null {
    let next = this.successors.get(key);
    if (next === undefined) {
      if (this.keys.length >= MAX_KEYS || this.successors.size >= MAX_SUCCESSORS) return null;
      next = new DictShape([...this.keys, key], this);
      this.successors.set(key, next);
      const length = next.keys.length;
      for (let shape: DictShape | null = this; shape !== null && shape.longest < length; shape = shape.parent) shape.longest = length;
    }
    return next;
  }
}

const MAX_KEYS = 48;
const MAX_SUCCESSORS = 32;
