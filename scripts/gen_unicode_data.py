"""Writes the character properties of python3's unicodedata (the spec pyvm follows), for
its current Unicode version and for the 3.2.0 data of unicodedata.ucd_3_2_0, to a
gzipped text table that src/modules/unicodedataTable.ts reads on first use.

Usage: python3 scripts/gen_unicode_data.py OUTPUT

The table is a header line, then one section per version:
  @VERSION
  RECORDS              the distinct property records, one a line:
  CAT BIDI CCC MIRRORED EAW   (BIDI is '-' where it is empty)
  RUNS                 the record of each code point, as runs, one a line:
  HEX INDEX            from code point HEX on, until the next run, record INDEX
  DECOMPOSITIONS       one a line: HEX DECOMPOSITION
  NUMERICS             one a line: HEX DECIMAL DIGIT NUMERIC ('-' where a value is missing;
                       NUMERIC is the repr of the float numeric() gives)
Names are not here: src/parser/unicodeNames.ts has them (scripts/gen_unicode_names.py).
"""
import gzip
import sys
import unicodedata

assert sys.version_info[:2] == (3, 11), "generate from CPython 3.11"


def section(db, version):
    lines = [f'@{version}']
    records = {}
    runs = []
    decompositions = []
    numerics = []
    for code in range(0x110000):
        ch = chr(code)
        record = (db.category(ch), db.bidirectional(ch) or '-', db.combining(ch), db.mirrored(ch), db.east_asian_width(ch))
        index = records.setdefault(record, len(records))
        if not runs or runs[-1][1] != index:
            runs.append((code, index))
        decomposition = db.decomposition(ch)
        if decomposition:
            decompositions.append(f'{code:X} {decomposition}')
        numeric = db.numeric(ch, None)
        if numeric is not None:
            decimal = db.decimal(ch, None)
            digit = db.digit(ch, None)
            numerics.append(f'{code:X} {"-" if decimal is None else decimal} {"-" if digit is None else digit} {numeric!r}')
    lines.append('RECORDS')
    lines.extend(' '.join(str(part) for part in record) for record in records)
    lines.append('RUNS')
    lines.extend(f'{start:X} {index}' for start, index in runs)
    lines.append('DECOMPOSITIONS')
    lines.extend(decompositions)
    lines.append('NUMERICS')
    lines.extend(numerics)
    return lines


def main():
    if len(sys.argv) != 2:
        sys.exit('usage: gen_unicode_data.py OUTPUT')
    header = f'pyvm unicode data, Unicode {unicodedata.unidata_version}'
    lines = [header, *section(unicodedata, unicodedata.unidata_version), *section(unicodedata.ucd_3_2_0, unicodedata.ucd_3_2_0.unidata_version)]
    with open(sys.argv[1], 'wb') as out:
        out.write(gzip.compress(('\n'.join(lines) + '\n').encode('ascii'), mtime=0))


main()
