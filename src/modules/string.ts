// The _string module: str.format's parsing, exposed for string.Formatter. Its iterators
// read a template piece by piece and a field name lookup by lookup, raising each error
// only when the iteration reaches it, as CPython's do.
import type { Py } from '../objects/object';
import { newModule } from '../objects/module';
import { nativeType } from '../objects/type';
import { typeOf } from '../objects/typeOf';
import { checkArgCount } from '../objects/native';
import { typeError } from '../objects/exceptions';
import { PyNativeIterator } from '../objects/nativeIterator';
import { defineIteratorMethods } from '../objects/iterators';
import { newTuple } from '../objects/tuple';
import { strValue } from '../objects/str';
import { type FieldLookup, splitFieldName, TemplateScanner } from '../objects/strFormatMethod';
import { defineFunction } from './builtins';
import { registerBuiltinModule } from './registry';

const formatterIteratorType = nativeType('formatteriterator', undefined, { baseType: false });
const fieldNameIteratorType = nativeType('fieldnameiterator', undefined, { baseType: false });

/** Yields (literal, field_name, format_spec, conversion) for each piece of a template; None for the parts a piece lacks. */
class FormatterIterator extends PyNativeIterator {
  private readonly scanner: TemplateScanner;

  constructor(template: string) {
    super(formatterIteratorType);
    this.scanner = new TemplateScanner(template);
  }

  next(): Py | undefined {
    const piece = this.scanner.next();
    if (piece === undefined) return undefined;
    const field = piece.field;
    if (field === undefined) return newTuple([piece.literal, null, null, null]);
    return newTuple([piece.literal, field.name, field.spec, field.conversion === '' ? null : field.conversion]);
  }
}

/** Yields (is_attribute, key) for each .attribute and [key] of a field name. */
class FieldNameIterator extends PyNativeIterator {
  constructor(private readonly lookups: Iterator<FieldLookup>) {
    super(fieldNameIteratorType);
  }

  next(): Py | undefined {
    const lookup = this.lookups.next();
    return lookup.done ? undefined : newTuple([lookup.value.isAttribute, lookup.value.key]);
  }
}

defineIteratorMethods(formatterIteratorType);
defineIteratorMethods(fieldNameIteratorType);

function templateArgument(name: string, args: Py[], kwnames: readonly string[] | null): string {
  checkArgCount(name, args, kwnames, 1);
  const text = strValue(args[0]);
  if (text === undefined) throw typeError(`expected str, got ${typeOf(args[0]).name}`);
  return text;
}

const stringModule = newModule('_string', 'string helper module');
registerBuiltinModule('_string', () => stringModule);

defineFunction(stringModule, 'formatter_parser', (args, kwnames) => new FormatterIterator(templateArgument('formatter_parser', args, kwnames)));

defineFunction(stringModule, 'formatter_field_name_split', (args, kwnames) => {
  const { first, index, lookups } = splitFieldName(templateArgument('formatter_field_name_split', args, kwnames));
  return newTuple([index ?? first, new FieldNameIterator(lookups)]);
});
