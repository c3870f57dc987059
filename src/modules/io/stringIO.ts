// _io.StringIO (CPython's Modules/_io/stringio.c): a text stream over a str in memory.
// Its newline argument works as TextIOWrapper's, except that it applies as text is
// written: with newline=None, \r\n and \r become \n on the way in; with '\r' or '\r\n',
// \n becomes that on the way in; the default '\n' translates nothing.
//
// The text is a JS string, with the writes at its end collected and joined only when
// something else needs the whole (so that print() to a StringIO stays linear). The
// position is kept in units, and shown to Python in code points.
import type { Py } from '../../objects/object';
import type { PyType } from '../../objects/type';
import { typeName } from '../../objects/typeOf';
import { bindClinicArguments, checkArgCount, defineGetSets, defineMethods } from '../../objects/native';
import { newException, OSError, typeError, ValueError } from '../../objects/exceptions';
import { indexAsNumber, pyRepr } from '../../objects/protocols';
import { newTuple, PyTuple } from '../../objects/tuple';
import { PyDict } from '../../objects/dict';
import { newDict } from '../../objects/dictType';
import { intValue } from '../../objects/int';
import { strValue } from '../../objects/str';
import { codePointLength, hasSurrogatePair, unitOffsetOf } from '../../objects/strCodePoints';
import { callMethod, dictCopy, ioType, PyIOBase, sizeArgument, stopIteration, textIOBaseType } from './ioBase';
import { NewlineTranslator } from './newlineDecoder';

export class PyStringIO extends PyIOBase {
  ok = false;
  closed = false;
  /** The text, but for `appended`, which follows it. */
  text = '';
  appended: string[] = [];
  /** The length of the whole, in units. */
  size = 0;
  /** The position, in units of the text. */
  pos = 0;
  /** Whether the text may hold surrogate pairs (so that units and code points differ). */
  hasPairs = false;
  readnl: string | null = '\n';
  writenl: string | null = null;
  readUniversal = false;
  readTranslate = false;
  translator: NewlineTranslator | null = null;
}

export const stringIOType = ioType('StringIO', textIOBaseType, (cls: PyType) => new PyStringIO(cls));

function checkInitialized(self: PyStringIO): void {
  if (!self.ok) throw newException(ValueError, 'I/O operation on uninitialized object');
}

/** StringIO's closed-file error, worded without the full stop. */
function checkOpen(self: PyStringIO): void {
  checkInitialized(self);
  if (self.closed) throw newException(ValueError, 'I/O operation on closed file');
}

/** The whole text, joining what was appended. */
function contents(self: PyStringIO): string {
  if (self.appended.length > 0) {
    self.text += self.appended.join('');
    self.appended = [];
  }
  return self.text;
}

function toCodePoints(self: PyStringIO, units: number): number {
  const text = contents(self);
  if (!self.hasPairs) return units;
  if (units > text.length) return codePointLength(text) + (units - text.length);
  return codePointLength(text.slice(0, units));
}

function toUnits(self: PyStringIO, codePoints: number, from = 0): number {
  const text = contents(self);
  if (!self.hasPairs) return from + codePoints;
  let at = from;
  let seen = 0;
  for (; seen < codePoints && at < text.length; seen++) at = unitOffsetOf(text, 1, at);
  return at + (codePoints - seen);
}

function setNewline(self: PyStringIO, newline: string | null): void {
  self.readnl = newline;
  self.readUniversal = newline === null || newline === '';
  self.readTranslate = newline === null;
  self.writenl = newline !== null && newline.startsWith('\r') ? newline : null;
  self.translator = self.readUniversal ? new NewlineTranslator(null, self.readTranslate) : null;
}

function validNewline(value: Py | undefined): string | null {
  if (value === undefined) return '\n';
  if (value === null) return null;
  const newline = strValue(value);
  if (newline === undefined) throw typeError(`newline must be str or None, not ${typeName(value)}`);
  if (newline !== '' && newline !== '\n' && newline !== '\r' && newline !== '\r\n') throw newException(ValueError, `illegal newline value: ${pyRepr(value)}`);
  return newline;
}

function initialValue(value: Py | undefined): string | null {
  if (value === undefined || value === null) return null;
  const text = strValue(value);
  if (text === undefined) throw typeError(`initial_value must be str or None, not ${typeName(value)}`);
  return text;
}

/** Writes at the position, translating newlines as the newline argument asks; the count of code points given. */
function writeString(self: PyStringIO, given: string): number {
  const count = codePointLength(given);
  let text = self.translator === null ? given : self.translator.translateText(given, true);
  if (self.writenl !== null) text = text.replaceAll('\n', self.writenl);
  if (text.length === 0) return count;
  if (!self.hasPairs && hasSurrogatePair(text)) self.hasPairs = true;
  if (self.pos === self.size) {
    self.appended.push(text);
    if (self.appended.length > 256) contents(self);
  } else {
    const current = contents(self);
    const padded = self.pos > current.length ? current + '\0'.repeat(self.pos - current.length) : current;
    self.text = padded.slice(0, self.pos) + text + padded.slice(self.pos + text.length);
  }
  self.pos += text.length;
  self.size = Math.max(self.size, self.pos);
  return count;
}

/** Up to n code points from the position (the rest for n < 0). */
function readString(self: PyStringIO, n: number): string {
  const text = contents(self);
  if (self.pos >= text.length) return '';
  const end = n < 0 ? text.length : Math.min(text.length, toUnits(self, n, self.pos));
  const result = text.slice(self.pos, end);
  self.pos = end;
  return result;
}

/** The line at the position, of at most `limit` code points (unlimited when negative). */
function readLine(self: PyStringIO, limit: number): string {
  const text = contents(self);
  if (self.pos >= text.length) return '';
  let end: number;
  if (self.readTranslate) {
    const at = text.indexOf('\n', self.pos);
    end = at < 0 ? text.length : at + 1;
  } else if (self.readUniversal) {
    end = text.length;
    for (let at = self.pos; at < text.length; at++) {
      const char = text.charCodeAt(at);
      if (char === 0x0a || char === 0x0d) {
        end = char === 0x0d && text.charCodeAt(at + 1) === 0x0a ? at + 2 : at + 1;
        break;
      }
    }
  } else {
    const at = text.indexOf(self.readnl!, self.pos);
    end = at < 0 ? text.length : at + self.readnl!.length;
  }
  if (limit >= 0) end = Math.min(end, toUnits(self, limit, self.pos));
  const line = text.slice(self.pos, end);
  self.pos = end;
  return line;
}

/** __init__(initial_value, newline): the newline setting, and the initial text written in (so translated). */
function initialize(self: PyStringIO, value: Py | undefined, newline: Py | undefined): void {
  const validated = validNewline(newline);
  const initial = initialValue(value);
  self.ok = false;
  self.closed = false;
  setNewline(self, validated);
  self.text = '';
  self.appended = [];
  self.size = 0;
  self.pos = 0;
  self.hasPairs = false;
  self.ok = true;
  if (initial !== null && initial.length > 0) {
    writeString(self, initial);
    self.pos = 0;
  }
}

/** __setstate__ (for pickling): as CPython does it, __init__ with the saved value and newline, then the saved state over it. */
function setState(self: PyStringIO, state: Py): void {
  if (self.closed) throw newException(ValueError, 'I/O operation on closed file');
  if (!(state instanceof PyTuple) || state.items.length < 4) {
    throw typeError(`_io.StringIO.__setstate__ argument should be 4-tuple, got ${typeName(state)}`);
  }
  const [value, newline, position, dict] = state.items;
  initialize(self, value, newline);
  // The saved text is taken as it is: its newlines were translated when it was written.
  const text = initialValue(value) ?? '';
  self.text = text;
  self.appended = [];
  self.size = text.length;
  self.hasPairs = hasSurrogatePair(text);
  const pos = intValue(position);
  if (pos === undefined) throw typeError(`third item of state must be an integer, got ${typeName(position)}`);
  if (pos < 0) throw newException(ValueError, 'position value cannot be negative');
  self.pos = toUnits(self, Number(pos));
  if (dict !== null) {
    if (!(dict instanceof PyDict)) throw typeError(`fourth item of state should be a dict, got a ${typeName(dict)}`);
    (self.dict ??= newDict()).mergeFrom(dict);
  }
}

/** A method with no arguments that first checks the stream is open. */
function whenOpen(name: string, body: (self: PyStringIO) => Py) {
  return (self: PyStringIO, args: Py[], kwnames: readonly string[] | null): Py => {
    checkArgCount(`StringIO.${name}`, args, kwnames, 0);
    checkOpen(self);
    return body(self);
  };
}

defineMethods(stringIOType, {
  __init__(self: PyStringIO, args, kwnames) {
    const [value, newline] = bindClinicArguments({ name: 'StringIO', names: ['initial_value', 'newline'], required: 0, positionalOnly: 0 }, args, kwnames);
    initialize(self, value, newline);
    return null;
  },
  getvalue: whenOpen('getvalue', (self) => contents(self)),
  read(self: PyStringIO, args, kwnames) {
    checkArgCount('read', args, kwnames, 0, 1);
    const size = sizeArgument(args[0]);
    checkOpen(self);
    return readString(self, size);
  },
  readline(self: PyStringIO, args, kwnames) {
    checkArgCount('readline', args, kwnames, 0, 1);
    const size = sizeArgument(args[0]);
    checkOpen(self);
    return readLine(self, size);
  },
  tell: whenOpen('tell', (self) => toCodePoints(self, self.pos)),
  truncate(self: PyStringIO, args, kwnames) {
    checkArgCount('truncate', args, kwnames, 0, 1);
    checkOpen(self);
    const size = args.length === 0 || args[0] === null ? toCodePoints(self, self.pos) : indexAsNumber(args[0]);
    if (size < 0) throw newException(ValueError, `Negative size value ${size}`);
    const units = toUnits(self, size);
    if (units < self.size) {
      self.text = contents(self).slice(0, units);
      self.size = units;
    }
    return size;
  },
  seek(self: PyStringIO, args, kwnames) {
    checkArgCount('seek', args, kwnames, 1, 2);
    const position = indexAsNumber(args[0]);
    const whence = args.length > 1 ? indexAsNumber(args[1]) : 0;
    checkOpen(self);
    if (whence !== 0 && whence !== 1 && whence !== 2) throw newException(ValueError, `Invalid whence (${whence}, should be 0, 1 or 2)`);
    if (position < 0 && whence === 0) throw newException(ValueError, `Negative seek position ${position}`);
    if (whence !== 0 && position !== 0) throw newException(OSError, "Can't do nonzero cur-relative seeks");
    if (whence === 2) self.pos = self.size;
    else if (whence === 0) self.pos = toUnits(self, position);
    return toCodePoints(self, self.pos);
  },
  write(self: PyStringIO, args, kwnames) {
    checkArgCount('StringIO.write', args, kwnames, 1);
    checkOpen(self);
    const text = strValue(args[0]);
    if (text === undefined) throw typeError(`string argument expected, got '${typeName(args[0])}'`);
    return writeString(self, text);
  },
  close(self: PyStringIO, args, kwnames) {
    checkArgCount('StringIO.close', args, kwnames, 0);
    self.closed = true;
    self.text = '';
    self.appended = [];
    self.size = 0;
    return null;
  },
  readable: whenOpen('readable', () => true),
  writable: whenOpen('writable', () => true),
  seekable: whenOpen('seekable', () => true),
  __next__(self: PyStringIO) {
    checkOpen(self);
    let line: Py;
    if (self.cls === stringIOType) {
      line = readLine(self, -1);
    } else {
      line = callMethod(self, 'readline');
      if (strValue(line) === undefined) throw newException(OSError, `readline() should have returned a str object, not '${typeName(line)}'`);
    }
    if (strValue(line)!.length === 0) throw stopIteration();
    return line;
  },
  __getstate__: whenOpen('__getstate__', (self) => newTuple([contents(self), self.readnl, toCodePoints(self, self.pos), dictCopy(self)])),
  __setstate__(self: PyStringIO, args, kwnames) {
    checkArgCount('StringIO.__setstate__', args, kwnames, 1);
    setState(self, args[0]);
    return null;
  },
});

defineGetSets(stringIOType, {
  closed: {
    get(self: PyStringIO): Py {
      checkInitialized(self);
      return self.closed;
    },
  },
  line_buffering: {
    get(self: PyStringIO): Py {
      checkOpen(self);
      return false;
    },
  },
  newlines: {
    get(self: PyStringIO): Py {
      checkOpen(self);
      return self.translator === null ? null : self.translator.newlines();
    },
  },
});
