// `str % operand`, as str's __mod__ and the % operator give it. Most templates are
// plain: literal text and bare %s, %r, %d or %i (no keys, flags, widths, precisions),
// given as many operands as they have conversions. Such a template is split into its
// pieces once and kept; an operand that fits it (the right count, and small ints for %d
// and %i) is laid out straight from those pieces. Anything else goes through
// printfFormat's engine, which holds every rule and every error: checking the fit first
// and converting after keeps the order of __str__ and __repr__ calls the engine's.
import type { Py } from './object';
import { formatPercent } from './printfFormat';
import { percentArgs } from './percentOperands';
import { PyTuple } from './tuple';
import { flat } from './str';
import { pyRepr, pyStr } from './protocols';

/** A template split at its conversions. */
interface PlainTemplate {
  /** The text before, between and after the conversions (%% already made %): one more than the conversions. */
  readonly literals: readonly string[];
  /** Each conversion's character code: s, r, d or i. */
  readonly conversions: readonly number[];
}

const S = 0x73;
const R = 0x72;
const D = 0x64;
const I = 0x69;

/** Templates seen, with their split or null when not plain; cleared when it holds this many (templates made at run time would fill it). */
const MOST_TEMPLATES_KEPT = 1024;
const templates = new Map<string, PlainTemplate | null>();

export function formatStrPercent(template: string, operand: Py): string {
  const plain = plainTemplate(template);
  const text = plain === null ? undefined : formatPlain(plain, operand);
  return text ?? formatPercent(template, percentArgs(operand));
}

function plainTemplate(template: string): PlainTemplate | null {
  let plain = templates.get(template);
  if (plain === undefined) {
    plain = splitPlain(template);
    if (templates.size >= MOST_TEMPLATES_KEPT) templates.clear();
    templates.set(template, plain);
  }
  return plain;
}

function splitPlain(template: string): PlainTemplate | null {
  const literals: string[] = [];
  const conversions: number[] = [];
  let literal = '';
  let start = 0;
  for (let percent = template.indexOf('%'); percent !== -1; percent = template.indexOf('%', start)) {
    const conversion = template.charCodeAt(percent + 1);
    literal += template.slice(start, percent);
    start = percent + 2;
    if (conversion === 0x25) {
      literal += '%';
    } else if (conversion === S || conversion === R || conversion === D || conversion === I) {
      literals.push(literal);
      conversions.push(conversion);
      literal = '';
    } else {
      return null;
    }
  }
  literals.push(literal + template.slice(start));
  return { literals, conversions };
}

/** The formatted text, or undefined when the operand does not fit the template (the engine then decides). */
function formatPlain({ literals, conversions }: PlainTemplate, operand: Py): string | undefined {
  const count = conversions.length;
  if (operand instanceof PyTuple) {
    const { items } = operand;
    if (items.length !== count) return undefined;
    for (let i = 0; i < count; i++) if (!fits(conversions[i], items[i])) return undefined;
    let text = literals[0];
    for (let i = 0; i < count; i++) text += converted(conversions[i], items[i]) + literals[i + 1];
    return flat(text);
  }
  // One operand, not a tuple: with no conversion it may still be a mapping, which the engine judges.
  if (count !== 1 || !fits(conversions[0], operand)) return undefined;
  return flat(literals[0] + converted(conversions[0], operand) + literals[1]);
}

/** %s and %r take anything; %d and %i here only a small int, whose text needs no digit limit or __index__. */
function fits(conversion: number, value: Py): boolean {
  return conversion === S || conversion === R || typeof value === 'number';
}

function converted(conversion: number, value: Py): string {
  if (conversion === S) return pyStr(value);
  return conversion === R ? pyRepr(value) : String(value);
}
