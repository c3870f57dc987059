"""Writes the Unicode character names of python3's unicodedata (the spec pyvm follows)
to a gzipped text table that src/parser/unicodeNames.ts reads on first use.

Usage: python3 scripts/gen_unicode_names.py OUTPUT

Table lines, in code point order:
  =HEX          the next name line is for code point HEX
  NAME          the name of the current code point; the line after it is for the next one
  *LAST PREFIX  the code points from the current one to LAST are named PREFIX + their hex
                value (CJK and similar ideographs); the line after it is for LAST + 1
  !HEX NAME     NAME is an alias of code point HEX (NameAliases.txt); no move
Hangul syllables are left out: their names are computed from their jamo.
"""
import ctypes
import gzip
import sys
import unicodedata

HANGUL_PREFIX = 'HANGUL SYLLABLE '
FIRST_ALIAS = 0xF0000  # unicodedata keeps aliases and named sequences in this private-use plane
ALIAS_AND_SEQUENCE_SLOTS = 0x1000


def derived_prefix(code, name):
    """The PREFIX of a name that is PREFIX + the code point in hex, else None."""
    prefix, _, digits = name.rpartition('-')
    return prefix + '-' if prefix and digits == f'{code:04X}' else None


def name_lines():
    lines = []
    expected = 0
    pending_range = None  # [first, last, prefix]

    def flush_range():
        if pending_range:
            first, last, prefix = pending_range
            lines.append(f'*{last:X} {prefix}' if last > first else prefix + f'{first:04X}')

    for code in range(0x110000):
        name = unicodedata.name(chr(code), None)
        if name is None or name.startswith(HANGUL_PREFIX):
            continue
        prefix = derived_prefix(code, name)
        if pending_range and prefix == pending_range[2] and code == pending_range[1] + 1:
            pending_range[1] = code
            expected = code + 1
            continue
        flush_range()
        pending_range = None
        if code != expected:
            lines.append(f'={code:X}')
        if prefix:
            pending_range = [code, code, prefix]
        else:
            lines.append(name)
        expected = code + 1
    flush_range()
    return lines


def alias_lines():
    """unicodedata offers no way to list aliases, so ask its C name API, which the
    module exports as a capsule, for the name of each alias slot."""
    get_pointer = ctypes.pythonapi.PyCapsule_GetPointer
    get_pointer.restype = ctypes.c_void_p
    get_pointer.argtypes = [ctypes.py_object, ctypes.c_char_p]
    api = get_pointer(unicodedata._ucnhash_CAPI, b'unicodedata._ucnhash_CAPI')
    getname_type = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_uint32, ctypes.c_char_p, ctypes.c_int, ctypes.c_int)
    getname = getname_type(ctypes.c_void_p.from_address(api).value)
    buffer = ctypes.create_string_buffer(256)
    lines = []
    for slot in range(FIRST_ALIAS, FIRST_ALIAS + ALIAS_AND_SEQUENCE_SLOTS):
        if not getname(slot, buffer, len(buffer), 1):
            continue
        name = buffer.value.decode('ascii')
        target = unicodedata.lookup(name)
        if len(target) == 1:  # the rest are named sequences, which \N{...} refuses
            lines.append(f'!{ord(target):X} {name}')
    if len(lines) < 400:
        sys.exit(f'gen_unicode_names: found only {len(lines)} aliases; the name API has changed')
    return lines


def main():
    if len(sys.argv) != 2:
        sys.exit('usage: gen_unicode_names.py OUTPUT')
    header = f'pyvm unicode names, Unicode {unicodedata.unidata_version}'
    text = '\n'.join([header, *name_lines(), *alias_lines()]) + '\n'
    with open(sys.argv[1], 'wb') as out:
        out.write(gzip.compress(text.encode('ascii'), mtime=0))


main()
