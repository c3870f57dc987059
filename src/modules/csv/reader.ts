// _csv.reader: rows parsed from an iterable of lines, character by character, with
// CPython 3.11's state machine (a row may span lines when a quoted field holds newlines).
import type { Py } from '../../objects/object';
import { nativeType, type PyType } from '../../objects/type';
import { floatType, typeName } from '../../objects/typeOf';
import { strValue } from '../../objects/str';
import { PyList } from '../../objects/list';
import { defineNew } from '../../objects/builtinNew';
import { defineIteratorMethods } from '../../objects/iterators';
import { defineReadonlyMembers } from '../../objects/readonlyMembers';
import { PyNativeIterator } from '../../objects/nativeIterator';
import { typeError } from '../../objects/exceptions';
import { call, getIter, iterNext } from '../../objects/protocols';
import { dialectArgument, type PyDialect, QUOTE_NONE, QUOTE_NONNUMERIC } from './dialect';
import { csvFailure } from './error';
import { fieldLimit } from './registry';
import { unpackFileAndDialect } from './arguments';

export const readerType: PyType = nativeType('reader', undefined, { baseType: false });
readerType.attrs.set('__module__', '_csv');
readerType.attrs.set('__doc__', 'CSV reader\n\nReader objects are responsible for reading and parsing tabular data\nin CSV format.\n');
defineNew(readerType, () => {
  throw typeError("cannot create '_csv.reader' instances");
});

const enum State {
  START_RECORD,
  START_FIELD,
  ESCAPED_CHAR,
  IN_FIELD,
  IN_QUOTED_FIELD,
  ESCAPE_IN_QUOTED_FIELD,
  QUOTE_IN_QUOTED_FIELD,
  EAT_CRNL,
  AFTER_ESCAPED_CRNL,
}

/** Fed to the parser after each line's characters; no character equals it (characters are one code point). */
const END_OF_LINE = '';

class PyCsvReader extends PyNativeIterator {
  lineNumber = 0;
  private fields: Py[] = [];
  private state = State.START_RECORD;
  private field = '';
  /** In code points: the field limit counts characters. */
  private fieldLength = 0;
  /** Under QUOTE_NONNUMERIC an unquoted field is read as a float. */
  private numericField = false;

  constructor(
    private readonly lines: Py,
    readonly dialect: PyDialect,
  ) {
    super(readerType);
  }

  next(): Py | undefined {
    this.reset();
    do {
      const lineObject = iterNext(this.lines);
      if (lineObject === undefined) {
        // The input ended inside a row: strict dialects refuse it, others keep what was read.
        if (this.fieldLength === 0 && this.state !== State.IN_QUOTED_FIELD) return undefined;
        if (this.dialect.strict) throw csvFailure('unexpected end of data');
        this.saveField();
        break;
      }
      const line = strValue(lineObject);
      if (line === undefined) {
        throw csvFailure(`iterator should return strings, not ${typeName(lineObject)} (the file should be opened in text mode)`);
      }
      this.lineNumber++;
      for (const c of line) this.processChar(c);
      this.processChar(END_OF_LINE);
    } while (this.state !== State.START_RECORD);
    return new PyList(this.fields);
  }

  private reset(): void {
    this.fields = [];
    this.state = State.START_RECORD;
    this.field = '';
    this.fieldLength = 0;
    this.numericField = false;
  }

  private saveField(): void {
    let field: Py = this.field;
    if (this.numericField) {
      this.numericField = false;
      field = call(floatType, [field]);
    }
    this.fields.push(field);
    this.field = '';
    this.fieldLength = 0;
  }

  private addChar(c: string): void {
    if (this.fieldLength >= fieldLimit.value) throw csvFailure(`field larger than field limit (${fieldLimit.value})`);
    this.field += c;
    this.fieldLength++;
  }

  /** The end of a field at a line break or the end of a line: the row is complete at the latter. */
  private endRecordAt(c: string): void {
    this.saveField();
    this.state = c === END_OF_LINE ? State.START_RECORD : State.EAT_CRNL;
  }

  private processChar(c: string): void {
    const dialect = this.dialect;
    const isQuote = c === dialect.quotechar && dialect.quoting !== QUOTE_NONE;
    const isLineBreak = c === '\n' || c === '\r';
    switch (this.state) {
      case State.START_RECORD:
        if (c === END_OF_LINE) return; // an empty line: the row is []
        if (isLineBreak) {
          this.state = State.EAT_CRNL;
          return;
        }
        this.state = State.START_FIELD;
        this.startField(c, isQuote, isLineBreak);
        return;
      case State.START_FIELD:
        this.startField(c, isQuote, isLineBreak);
        return;
      case State.ESCAPED_CHAR:
        if (isLineBreak) {
          this.addChar(c);
          this.state = State.AFTER_ESCAPED_CRNL;
          return;
        }
        this.addChar(c === END_OF_LINE ? '\n' : c);
        this.state = State.IN_FIELD;
        return;
      case State.AFTER_ESCAPED_CRNL:
        if (c === END_OF_LINE) return;
        this.inField(c, isLineBreak);
        return;
      case State.IN_FIELD:
        this.inField(c, isLineBreak);
        return;
      case State.IN_QUOTED_FIELD:
        if (c === END_OF_LINE) return;
        if (c === dialect.escapechar) this.state = State.ESCAPE_IN_QUOTED_FIELD;
        else if (isQuote) this.state = dialect.doublequote ? State.QUOTE_IN_QUOTED_FIELD : State.IN_FIELD;
        else this.addChar(c);
        return;
      case State.ESCAPE_IN_QUOTED_FIELD:
        this.addChar(c === END_OF_LINE ? '\n' : c);
        this.state = State.IN_QUOTED_FIELD;
        return;
      case State.QUOTE_IN_QUOTED_FIELD:
        // A quote after a quote is one quote; after the closing quote comes a delimiter or the line's end.
        if (isQuote) {
          this.addChar(c);
          this.state = State.IN_QUOTED_FIELD;
        } else if (c === dialect.delimiter) {
          this.saveField();
          this.state = State.START_FIELD;
        } else if (isLineBreak || c === END_OF_LINE) {
          this.endRecordAt(c);
        } else if (!dialect.strict) {
          this.addChar(c);
          this.state = State.IN_FIELD;
        } else {
          throw csvFailure(`'${dialect.delimiter}' expected after '${dialect.quotechar}'`);
        }
        return;
      case State.EAT_CRNL:
        if (isLineBreak) return;
        if (c === END_OF_LINE) {
          this.state = State.START_RECORD;
          return;
        }
        throw csvFailure('new-line character seen in unquoted field - do you need to open the file in universal-newline mode?');
    }
  }

  private startField(c: string, isQuote: boolean, isLineBreak: boolean): void {
    const dialect = this.dialect;
    if (isLineBreak || c === END_OF_LINE) {
      this.endRecordAt(c);
    } else if (isQuote) {
      this.state = State.IN_QUOTED_FIELD;
    } else if (c === dialect.escapechar) {
      this.state = State.ESCAPED_CHAR;
    } else if (c === ' ' && dialect.skipinitialspace) {
      // spaces at the start of a field are skipped
    } else if (c === dialect.delimiter) {
      this.saveField();
    } else {
      if (dialect.quoting === QUOTE_NONNUMERIC) this.numericField = true;
      this.addChar(c);
      this.state = State.IN_FIELD;
    }
  }

  private inField(c: string, isLineBreak: boolean): void {
    const dialect = this.dialect;
    if (isLineBreak || c === END_OF_LINE) {
      this.endRecordAt(c);
    } else if (c === dialect.escapechar) {
      this.state = State.ESCAPED_CHAR;
    } else if (c === dialect.delimiter) {
      this.saveField();
      this.state = State.START_FIELD;
    } else {
      this.addChar(c);
    }
  }
}

defineIteratorMethods(readerType);
defineReadonlyMembers<PyCsvReader>(readerType, {
  dialect: (self) => self.dialect,
  line_num: (self) => self.lineNumber,
});

/** reader(iterable, dialect='excel', **settings). */
export function makeReader(args: Py[], kwnames: readonly string[] | null): PyCsvReader {
  const { target, dialect, settings } = unpackFileAndDialect(args, kwnames);
  const lines = getIter(target);
  return new PyCsvReader(lines, dialectArgument(dialect, settings, kwnames));
}
