# The oracle side of the disassembler tests: python3 compiles each requested source
# and answers with what pyvm must reproduce from it, one JSON line per request:
#   {"error": FACTS}                                  when compile() refuses the source,
#   {"dis": TEXT, "code": CODE?, "extras": {...}?}    otherwise.
# FACTS are the exception's class and SyntaxError attributes (null where it has none).
# TEXT is dis.dis(code) as `python3 -m dis` prints it. CODE is the compiled code object
# exported field by field, so that pyvm can rebuild it without a compiler of its own;
# each exported code object also carries python3's co_positions(), co_lines() and the
# names tables, for the code object's own derived members to be checked against.
#
# Request fields: base64 (the source bytes), filename, export (bool: send CODE),
# extras (bool: also send the dis variants listed in `extras()`).
import base64
import dis
import io
import json
import os
import sys
import warnings

# Frozenset constants iterate in hash order; a fixed seed makes that order the same
# on every run, so that it can be compared with what pyvm's compiler chooses.
if os.environ.get('PYTHONHASHSEED') != '0':
    os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, 'PYTHONHASHSEED': '0'})

# The order of a frozenset constant of names can depend on which strs the process had
# interned before compiling (src/compiler/internedNames.ts), and pyvm's compiler takes
# them as `python3 -m dis` has them: the names runpy and argparse interned this process
# must have interned too, and locale's, which the ArgumentParser it makes loads to
# translate its texts.
import argparse  # noqa: E402,F401
import locale  # noqa: E402,F401
import runpy  # noqa: E402,F401

warnings.simplefilter('ignore')  # SyntaxWarnings (invalid escapes in old test data) are not errors


def b64(data):
    return base64.b64encode(data).decode('ascii')


def export_constant(value):
    """A constant as [tag, payload...]; numbers travel as their repr, which round-trips."""
    if value is None or value is True or value is False or value is Ellipsis:
        return [repr(value)]
    if isinstance(value, int):
        return ['int', str(value)]
    if isinstance(value, float):
        return ['float', repr(value)]
    if isinstance(value, complex):
        return ['complex', repr(value.real), repr(value.imag)]
    if isinstance(value, str):
        # JSON would turn two escaped surrogates in a row into one astral character.
        if any(0xD800 <= ord(a) <= 0xDBFF and 0xDC00 <= ord(b) <= 0xDFFF for a, b in zip(value, value[1:])):
            return ['str_code_points', [ord(c) for c in value]]
        return ['str', value]
    if isinstance(value, bytes):
        return ['bytes', b64(value)]
    if isinstance(value, tuple):
        return ['tuple', [export_constant(item) for item in value]]
    if isinstance(value, frozenset):
        return ['frozenset', [export_constant(item) for item in value]]
    if hasattr(value, 'co_code'):
        return ['code', export_code(value)]
    raise TypeError(f'unexpected constant {value!r}')


LOCAL, CELL, FREE = 0x20, 0x40, 0x80


def localsplus(code):
    """co_localsplusnames and co_localspluskinds, which 3.11 does not expose directly.

    The slots are laid out as the locals (co_varnames; an argument that is also a cell
    stays there, marked both), then the cells that are not locals, then the free
    variables. _varname_from_oparg reads the real table, and must agree.
    """
    names, kinds = [], []
    for name in code.co_varnames:
        names.append(name)
        kinds.append(LOCAL | CELL if name in code.co_cellvars else LOCAL)
    for name in code.co_cellvars:
        if name not in code.co_varnames:
            names.append(name)
            kinds.append(CELL)
    for name in code.co_freevars:
        names.append(name)
        kinds.append(FREE)
    for index, name in enumerate(names):
        assert code._varname_from_oparg(index) == name, (code, index, name)
    try:
        code._varname_from_oparg(len(names))
    except IndexError:
        return names, kinds
    raise AssertionError(f'{code!r} has more localsplus slots than rebuilt')


def export_code(code):
    names, kinds = localsplus(code)
    return {
        'co_argcount': code.co_argcount,
        'co_posonlyargcount': code.co_posonlyargcount,
        'co_kwonlyargcount': code.co_kwonlyargcount,
        'co_stacksize': code.co_stacksize,
        'co_flags': code.co_flags,
        'co_code': b64(code.co_code),
        'co_consts': [export_constant(value) for value in code.co_consts],
        'co_names': list(code.co_names),
        'co_localsplusnames': names,
        'co_localspluskinds': kinds,
        'co_filename': code.co_filename,
        'co_name': code.co_name,
        'co_qualname': code.co_qualname,
        'co_firstlineno': code.co_firstlineno,
        'co_linetable': b64(code.co_linetable),
        'co_exceptiontable': b64(code.co_exceptiontable),
        'oracle': {
            'co_varnames': list(code.co_varnames),
            'co_cellvars': list(code.co_cellvars),
            'co_freevars': list(code.co_freevars),
            'co_nlocals': code.co_nlocals,
            'co_positions': list(code.co_positions()),
            'co_lines': list(code.co_lines()),
            'exception_table': [list(entry) for entry in dis._parse_exception_table(code)],
        },
    }


def captured(function, *args, **kwargs):
    output = io.StringIO()
    function(*args, file=output, **kwargs)
    return output.getvalue()


def extras(code):
    """The other ways dis shows the same code: options of dis.dis, and dis.Bytecode's views."""
    bytecode = dis.Bytecode(code, first_line=code.co_firstlineno + 997, current_offset=4)
    return {
        'show_caches': captured(dis.dis, code, show_caches=True),
        'adaptive': captured(dis.dis, code, adaptive=True),
        'depth0': captured(dis.dis, code, depth=0),
        'depth1': captured(dis.dis, code, depth=1),
        'bytecode_dis': bytecode.dis(),
        'instructions': [
            [instr.opname, instr.opcode, instr.arg, instr.argrepr, instr.offset, instr.starts_line,
             instr.is_jump_target, list(instr.positions)]
            for instr in dis.Bytecode(code, show_caches=True)
        ],
    }


def answer(request):
    source = base64.b64decode(request['base64'])
    try:
        code = compile(source, request['filename'], 'exec')
    except SyntaxError as error:
        return {'error': {'kind': type(error).__name__, 'msg': error.msg, 'lineno': error.lineno, 'offset': error.offset,
                          'end_lineno': error.end_lineno, 'end_offset': error.end_offset, 'text': error.text}}
    except (ValueError, RecursionError, MemoryError) as error:
        return {'error': {'kind': type(error).__name__, 'msg': str(error), 'lineno': None, 'offset': None,
                          'end_lineno': None, 'end_offset': None, 'text': None}}
    result = {'dis': captured(dis.dis, code)}
    if request.get('export'):
        result['code'] = export_code(code)
    if request.get('extras'):
        result['extras'] = extras(code)
    return result


for request in json.load(sys.stdin):
    sys.stdout.write(json.dumps(answer(request)) + '\n')
    sys.stdout.flush()
