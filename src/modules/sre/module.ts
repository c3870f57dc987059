// The _sre module: the regular expression engine CPython's re package runs on. re
// parses and compiles a pattern in Python (re/_parser.py, re/_compiler.py) into a
// program of code words; _sre.compile wraps that program in a Pattern, whose methods
// run it (engine.ts, search.ts).
import type { Py } from '../../objects/object';
import { newModule } from '../../objects/module';
import { typeOf } from '../../objects/typeOf';
import { PyList } from '../../objects/list';
import { PyTuple } from '../../objects/tuple';
import { PyDict } from '../../objects/dict';
import { intValue } from '../../objects/int';
import { bindClinicArguments, checkArgCount } from '../../objects/native';
import { newException, OverflowError, typeError } from '../../objects/exceptions';
import { cIntArgument, ssizeArgument } from '../../objects/bytesArguments';
import { defineFunction } from '../builtins';
import { registerBuiltinModule } from '../registry';
import { CODESIZE, MAGIC, MAXGROUPS, MAXREPEAT } from './constants';
import { isAsciiAlpha, lowerAscii, lowerUnicode, upperUnicode } from './characters';
import { PyPattern } from './pattern';
import { subjectOf } from './subject';
// Pattern's methods, and through them the Match and Scanner types.
import './patternMethods';

export const sreModule = newModule('_sre');
registerBuiltinModule('_sre', () => sreModule);

sreModule.dict.setStr('MAGIC', MAGIC);
sreModule.dict.setStr('CODESIZE', CODESIZE);
sreModule.dict.setStr('MAXREPEAT', MAXREPEAT);
sreModule.dict.setStr('MAXGROUPS', MAXGROUPS);
sreModule.dict.setStr('copyright', ' SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ');

/** A module function of one C int argument (the case helpers re/_compiler.py calls). */
function characterFunction(name: string, compute: (character: number) => Py): void {
  defineFunction(sreModule, name, (args, kwnames) => {
    checkArgCount(`_sre.${name}`, args, kwnames, 1);
    return compute(cIntArgument(args[0]));
  });
}

// C reads a negative int as a huge unsigned character, which no table maps.
const asUnsigned = (character: number): number => character >>> 0;

characterFunction('ascii_iscased', (character) => character >= 0 && character < 128 && isAsciiAlpha(character));
characterFunction('unicode_iscased', (character) => {
  const ch = asUnsigned(character);
  return ch !== lowerUnicode(ch) || ch !== upperUnicode(ch);
});
characterFunction('ascii_tolower', (character) => (character >= 0 ? lowerAscii(character) : character));
characterFunction('unicode_tolower', (character) => {
  const ch = asUnsigned(character);
  return ch > 0x10ffff ? character : lowerUnicode(ch);
});

defineFunction(sreModule, 'getcodesize', (args, kwnames) => {
  checkArgCount('_sre.getcodesize', args, kwnames, 0);
  return CODESIZE;
});

const COMPILE = { name: 'compile', names: ['pattern', 'flags', 'code', 'groups', 'groupindex', 'indexgroup'], required: 6, positionalOnly: 0 };

/** A clinic argument that must be an instance of a built-in type (subclass_of=...). */
function requireInstance<T>(value: Py, cls: abstract new (...args: never[]) => T, argument: string, typeName: string): T {
  if (!(value instanceof cls)) throw typeError(`compile() argument '${argument}' must be ${typeName}, not ${typeOf(value).name}`);
  return value;
}

/** A code word, as PyLong_AsUnsignedLong reads it and a 32-bit SRE_CODE must hold it. */
function codeWord(item: Py): number {
  const value = intValue(item);
  if (value === undefined) throw typeError('an integer is required');
  if (value < 0) throw newException(OverflowError, "can't convert negative value to unsigned int");
  if (value > 0xffffffffffffffffn) throw newException(OverflowError, 'Python int too large to convert to C unsigned long');
  if (value > 0xffffffff) throw newException(OverflowError, 'regular expression code size limit exceeded');
  return Number(value);
}

defineFunction(sreModule, 'compile', (args, kwnames) => {
  const [pattern, flags, code, groups, groupindex, indexgroup] = bindClinicArguments(COMPILE, args, kwnames);
  const flagBits = cIntArgument(flags!);
  const codeList = requireInstance(code!, PyList, 'code', 'list');
  const groupCount = ssizeArgument(groups!);
  const groupNames = requireInstance(groupindex!, PyDict, 'groupindex', 'dict');
  const groupNumbers = requireInstance(indexgroup!, PyTuple, 'indexgroup', 'tuple');
  const words = Uint32Array.from(codeList.items, codeWord);
  // The pattern string only says whether the pattern matches str or bytes.
  const isBytes = pattern === null ? -1 : subjectOf(pattern!).isBytes ? 1 : 0;
  const named = groupNames.size > 0;
  return new PyPattern(pattern!, flagBits, words, groupCount, named ? groupNames : null, named && groupNumbers.items.length > 0 ? groupNumbers : null, isBytes);
});
