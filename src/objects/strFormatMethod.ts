// str.format and str.format_map (PEP 3101), as CPython 3.11's unicode_format.h does
// them: literal text with {{ and }} escapes, and replacement fields
//   {field_name!conversion:format_spec}
// where field_name is an argument (automatically numbered, by index, or by keyword)
// followed by any .attribute and [key] lookups, conversion is r, s or a, and
// format_spec may itself hold replacement fields, one level deep. The scanner and the
// field name splitter also serve the _string module (string.Formatter).
//
// Templates are scanned by UTF-16 unit: every character with a meaning here is ASCII,
// which no unit of a surrogate pair can be mistaken for.
import type { Py } from './object';
import { IndexError, keyError, newException, valueError } from './exceptions';
import { getAttr, getItem, pyRepr, pyStr } from './protocols';
import { pyFormat } from './format';
import { asciiFromRepr } from './printfFormat';
import { codePointFlags, DECIMAL } from './unicodeCtype';

// ---------------------------------------------------------------- scanning templates

/** A replacement field as written in the template. */
export interface Field {
  readonly name: string;
  /** The conversion character; '' when there is none. */
  readonly conversion: string;
  readonly spec: string;
  /** Whether the spec holds fields of its own. */
  readonly specHasFields: boolean;
}

/** A piece of a template: literal text, then the field that follows it, if one does. */
export interface TemplatePiece {
  readonly literal: string;
  readonly field?: Field;
}

/** Reads a template piece by piece (CPython's MarkupIterator). */
export class TemplateScanner {
  private at = 0;

  constructor(private readonly template: string) {}

  /** The next piece, or undefined at the end. */
  next(): TemplatePiece | undefined {
    const template = this.template;
    const end = template.length;
    if (this.at >= end) return undefined;
    const start = this.at;
    let brace = '';
    while (this.at < end) {
      const char = template[this.at++];
      if (char === '{' || char === '}') {
        brace = char;
        break;
      }
    }
    const atEnd = this.at >= end;
    if (brace === '}' && (atEnd || template[this.at] !== '}')) throw valueError("Single '}' encountered in format string");
    if (brace === '{' && atEnd) throw valueError("Single '{' encountered in format string");
    if (brace === '') return { literal: template.slice(start) };
    if (template[this.at] === brace) {
      // An escaped brace: the literal keeps one of the two.
      this.at++;
      return { literal: template.slice(start, this.at - 1) };
    }
    return { literal: template.slice(start, this.at - 1), field: this.field() };
  }

  /** Parses a field after its '{', through its closing '}'. */
  private field(): Field {
    const template = this.template;
    const end = template.length;
    const nameStart = this.at;
    let char = '';
    while (this.at < end) {
      char = template[this.at++];
      if (char === '{') throw valueError("unexpected '{' in field name");
      if (char === '[') {
        while (this.at < end && template[this.at] !== ']') this.at++;
        continue;
      }
      if (char === '}' || char === ':' || char === '!') break;
    }
    const name = template.slice(nameStart, this.at - 1);
    if (char === '}') return { name, conversion: '', spec: '', specHasFields: false };
    if (char !== '!' && char !== ':') throw valueError("expected '}' before end of string");
    let conversion = '';
    if (char === '!') {
      if (this.at >= end) throw valueError('end of string while looking for conversion specifier');
      conversion = String.fromCodePoint(template.codePointAt(this.at)!);
      this.at += conversion.length;
      if (this.at < end) {
        const next = template[this.at++];
        if (next === '}') return { name, conversion, spec: '', specHasFields: false };
        if (next !== ':') throw valueError("expected ':' after conversion specifier");
      }
    }
    const specStart = this.at;
    let depth = 1;
    let specHasFields = false;
    while (this.at < end) {
      const specChar = template[this.at++];
      if (specChar === '{') {
        specHasFields = true;
        depth++;
      } else if (specChar === '}' && --depth === 0) {
        return { name, conversion, spec: template.slice(specStart, this.at - 1), specHasFields };
      }
    }
    throw valueError("unmatched '{' in format spec");
  }
}

// ---------------------------------------------------------------- field names

/** One .attribute or [key] of a field name; a key of decimal digits is an index. */
export interface FieldLookup {
  readonly isAttribute: boolean;
  readonly key: string | number | bigint;
}

/**
 * A field name split into its first part (an argument index when it is decimal digits)
 * and its lookups, which are parsed one at a time, each error raised when reached.
 */
export function splitFieldName(name: string): { first: string; index: number | bigint | undefined; lookups: Iterator<FieldLookup> } {
  let at = 0;
  while (at < name.length && name[at] !== '.' && name[at] !== '[') at++;
  const first = name.slice(0, at);
  return { first, index: fieldIndex(first), lookups: fieldLookups(name, at) };
}

function* fieldLookups(name: string, from: number): Generator<FieldLookup> {
  let at = from;
  while (at < name.length) {
    const kind = name[at++];
    const partStart = at;
    if (kind === '.') {
      while (at < name.length && name[at] !== '.' && name[at] !== '[') at++;
    } else if (kind === '[') {
      while (at < name.length && name[at] !== ']') at++;
      if (at >= name.length) throw valueError("Missing ']' in format string");
    } else {
      throw valueError("Only '.' or '[' may follow ']' in format field specifier");
    }
    const part = name.slice(partStart, at);
    if (kind === '[') at++;
    if (part === '') throw valueError('Empty attribute in format string');
    yield kind === '.' ? { isAttribute: true, key: part } : { isAttribute: false, key: fieldIndex(part) ?? part };
  }
}

const SSIZE_MAX = 2n ** 63n - 1n;

/** The number a field name part spells in decimal digits (of any script), or undefined when it is not one. */
function fieldIndex(text: string): number | bigint | undefined {
  if (text === '') return undefined;
  let value = 0n;
  for (const char of text) {
    const digit = decimalDigitValue(char.codePointAt(0)!);
    if (digit === undefined) return undefined;
    value = value * 10n + BigInt(digit);
    if (value > SSIZE_MAX) throw valueError('Too many decimal digits in format string');
  }
  return value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
}

/** The value of a decimal digit: Unicode puts each script's digits 0-9 in a run. */
function decimalDigitValue(codePoint: number): number | undefined {
  if (codePoint >= 0x30 && codePoint <= 0x39) return codePoint - 0x30;
  if (codePoint < 0x80 || (codePointFlags(codePoint) & DECIMAL) === 0) return undefined;
  let runStart = codePoint;
  while ((codePointFlags(runStart - 1) & DECIMAL) !== 0) runStart--;
  return (codePoint - runStart) % 10;
}

// ---------------------------------------------------------------- formatting

/** Where a template's fields get their values. */
export interface FormatArguments {
  /** The positional arguments; null for format_map, which has none. */
  readonly positional: readonly Py[] | null;
  /** The value of a keyword field; raises KeyError when there is none. */
  keyword(key: string): Py;
}

/** template.format(...) with the given arguments. */
export function formatTemplate(template: string, args: FormatArguments): string {
  // PEP 3101 allows a field's format spec to hold fields, but those not to: two levels.
  return new TemplateFormatter(args).build(template, 2);
}

/** Keyword fields looked up in keyword arguments given as names and values. */
export function keywordArguments(names: readonly string[], values: readonly Py[]): (key: string) => Py {
  return (key) => {
    const at = names.indexOf(key);
    if (at < 0) throw keyError(key);
    return values[at];
  };
}

const enum Numbering {
  UNDECIDED,
  AUTOMATIC,
  MANUAL,
}

class TemplateFormatter {
  private numbering = Numbering.UNDECIDED;
  private nextAutomaticIndex = 0;

  constructor(private readonly args: FormatArguments) {}

  build(template: string, depth: number): string {
    if (depth <= 0) throw valueError('Max string recursion exceeded');
    const scanner = new TemplateScanner(template);
    const pieces: string[] = [];
    for (let piece = scanner.next(); piece !== undefined; piece = scanner.next()) {
      pieces.push(piece.literal);
      if (piece.field !== undefined) pieces.push(this.render(piece.field, depth));
    }
    return pieces.join('');
  }

  private render(field: Field, depth: number): string {
    let value = this.fieldValue(field.name);
    if (field.conversion !== '') value = convert(value, field.conversion);
    const spec = field.specHasFields ? this.build(field.spec, depth - 1) : field.spec;
    return typeof value === 'string' && spec === '' ? value : pyFormat(value, spec);
  }

  /** The object a field name selects: the argument, then each .attribute and [key] in turn. */
  private fieldValue(name: string): Py {
    const { first, index, lookups } = splitFieldName(name);
    let value = this.argument(first, index);
    for (let lookup = lookups.next(); !lookup.done; lookup = lookups.next()) {
      const { isAttribute, key } = lookup.value;
      value = isAttribute ? getAttr(value, key as string) : getItem(value, key);
    }
    return value;
  }

  /** The argument the first part of a field name selects, numbering fields left out. */
  private argument(first: string, given: number | bigint | undefined): Py {
    let index = given;
    const automatic = first === '';
    if (automatic || index !== undefined) {
      if (this.numbering === Numbering.UNDECIDED) this.numbering = automatic ? Numbering.AUTOMATIC : Numbering.MANUAL;
      if (this.numbering === Numbering.MANUAL && automatic) {
        throw valueError('cannot switch from manual field specification to automatic field numbering');
      }
      if (this.numbering === Numbering.AUTOMATIC && !automatic) {
        throw valueError('cannot switch from automatic field numbering to manual field specification');
      }
      if (automatic) index = this.nextAutomaticIndex++;
    }
    if (index === undefined) return this.args.keyword(first);
    const positional = this.args.positional;
    if (positional === null) throw valueError('Format string contains positional fields');
    if (typeof index === 'bigint' || index >= positional.length) {
      throw newException(IndexError, `Replacement index ${index} out of range for positional args tuple`);
    }
    return positional[index];
  }
}

function convert(value: Py, conversion: string): Py {
  switch (conversion) {
    case 'r':
      return pyRepr(value);
    case 's':
      return pyStr(value);
    case 'a':
      return asciiFromRepr(pyRepr(value));
  }
  const codePoint = conversion.codePointAt(0)!;
  const shown = codePoint > 32 && codePoint < 127 ? conversion : `\\x${codePoint.toString(16)}`;
  throw valueError(`Unknown conversion specifier ${shown}`);
}
