// _csv.writer: rows joined into lines of CSV and passed to a file's write method, quoted
// and escaped as CPython 3.11's join_append_data decides.
import { PyObject, type Py } from '../../objects/object';
import { nativeType, type PyType } from '../../objects/type';
import { typeName } from '../../objects/typeOf';
import { strValue } from '../../objects/str';
import { defineNew } from '../../objects/builtinNew';
import { checkArgCount, defineMethods } from '../../objects/native';
import { defineReadonlyMembers } from '../../objects/readonlyMembers';
import { isInstanceOfException, TypeError, typeError } from '../../objects/exceptions';
import { call, getAttrOrUndefined, getIter, isCallable, iterNext, pyStr } from '../../objects/protocols';
import { isNumber } from '../../objects/bytearrayType';
import { dialectArgument, type PyDialect, QUOTE_ALL, QUOTE_NONE, QUOTE_NONNUMERIC } from './dialect';
import { csvFailure } from './error';
import { unpackFileAndDialect } from './arguments';

export const writerType: PyType = nativeType('writer', undefined, { baseType: false });
writerType.attrs.set('__module__', '_csv');
writerType.attrs.set('__doc__', 'CSV writer\n\nWriter objects are responsible for generating tabular data\nin CSV format from sequence input.\n');
defineNew(writerType, () => {
  throw typeError("cannot create '_csv.writer' instances");
});

class PyCsvWriter extends PyObject {
  constructor(
    readonly write: Py,
    readonly dialect: PyDialect,
  ) {
    super(writerType);
  }
}

/** A field as it appears in the line: escaped where needed, and quoted when asked or when it must be. */
function formatField(dialect: PyDialect, text: string, quoted: boolean): string {
  let body = '';
  for (const c of text) {
    const special = c === dialect.delimiter || c === dialect.escapechar || c === dialect.quotechar || dialect.lineterminator.includes(c);
    if (special) {
      let escape = dialect.quoting === QUOTE_NONE;
      if (!escape) {
        if (c === dialect.quotechar) {
          if (dialect.doublequote) body += c;
          else escape = true;
        } else if (c === dialect.escapechar) {
          escape = true;
        }
        if (!escape) quoted = true;
      }
      if (escape) {
        if (dialect.escapechar === null) throw csvFailure('need to escape, but no escapechar set');
        body += dialect.escapechar;
      }
    }
    body += c;
  }
  return quoted ? `${dialect.quotechar}${body}${dialect.quotechar}` : body;
}

function writeRow(self: PyCsvWriter, row: Py): Py {
  const dialect = self.dialect;
  let fields: Py;
  try {
    fields = getIter(row);
  } catch (error) {
    if (isInstanceOfException(error, TypeError)) throw csvFailure(`iterable expected, not ${typeName(row)}`);
    throw error;
  }
  const formatted: string[] = [];
  for (let field = iterNext(fields); field !== undefined; field = iterNext(fields)) {
    const quoted = dialect.quoting === QUOTE_NONNUMERIC ? !isNumber(field) : dialect.quoting === QUOTE_ALL;
    const text = field === null ? '' : strValue(field) ?? pyStr(field);
    formatted.push(formatField(dialect, text, quoted));
  }
  // A row of one empty field would read back as an empty row: it is written quoted.
  if (formatted.length === 1 && formatted[0] === '') {
    if (dialect.quoting === QUOTE_NONE) throw csvFailure('single empty field record must be quoted');
    formatted[0] = formatField(dialect, '', true);
  }
  return call(self.write, [formatted.join(dialect.delimiter) + dialect.lineterminator]);
}

defineMethods(writerType, {
  writerow(self: PyCsvWriter, args, kwnames) {
    checkArgCount('writer.writerow', args, kwnames, 1);
    return writeRow(self, args[0]);
  },
  writerows(self: PyCsvWriter, args, kwnames) {
    checkArgCount('writer.writerows', args, kwnames, 1);
    const rows = getIter(args[0]);
    for (let row = iterNext(rows); row !== undefined; row = iterNext(rows)) writeRow(self, row);
    return null;
  },
});
defineReadonlyMembers<PyCsvWriter>(writerType, { dialect: (self) => self.dialect });

/** writer(fileobj, dialect='excel', **settings). */
export function makeWriter(args: Py[], kwnames: readonly string[] | null): PyCsvWriter {
  const { target, dialect, settings } = unpackFileAndDialect(args, kwnames);
  const write = getAttrOrUndefined(target, 'write');
  if (write === undefined || !isCallable(write)) throw typeError('argument 1 must have a "write" method');
  return new PyCsvWriter(write, dialectArgument(dialect, settings, kwnames));
}
