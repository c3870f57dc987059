"""Writes the docstrings and text signatures of python3's functions, types and methods
written in C (the spec pyvm follows) to a table that src/objects/builtinDocs.ts reads
the first time a native's __doc__ or __text_signature__ is asked for: pyvm's natives
carry no docstrings of their own.

Usage: python3 scripts/gen_builtin_docs.py OUTPUT

The table is ASCII text, one line per key: KEY, a tab, then [doc, text_signature] in
JSON (either may be null). It is not compressed and not one JSON document, so that
pyvm need only split it into lines, and parse the lines asked for. Keys:
  MODULE.FUNCTION                 a module's builtin function (math.isclose), also under
                                  its __module__ and __name__ (io.open)
  MODULE:TYPE                     a type written in C (builtins:dict)
  MODULE:TYPE.ATTRIBUTE           a method, slot wrapper, class or static method, or
                                  attribute descriptor in that type's __dict__
                                  (builtins:dict.get)
MODULE and TYPE are the type's __module__ and __qualname__, as pyvm names its types; the
colon keeps a type apart from a function of the same name (_csv.reader and _csv:reader).
"""
import importlib
import json
import os
import sys
import sysconfig
import types

HEAP_TYPE = 1 << 9
NATIVE_ATTRIBUTES = (
    types.BuiltinFunctionType, types.MethodDescriptorType, types.WrapperDescriptorType,
    types.ClassMethodDescriptorType, types.GetSetDescriptorType, types.MemberDescriptorType,
)
# Importing these has side effects, or they are GUI, platform-specific or debugging modules.
SKIPPED_MODULES = {'antigravity', 'this', '_tkinter', '_testcapi', '_testinternalcapi', '_testbuffer',
                   '_testimportmultiple', '_testmultiphase', '_xxtestfuzz', '_ctypes_test', 'xxlimited',
                   'xxlimited_35', 'xxsubtype', '_xxsubinterpreters', 'readline', 'curses', '_curses',
                   '_curses_panel'}


def c_module_names():
    """The modules CPython writes in C: those built in, and the extension modules of lib-dynload."""
    names = set(sys.builtin_module_names)
    dynload = os.path.join(sysconfig.get_path('stdlib'), 'lib-dynload')
    for file_name in os.listdir(dynload):
        if file_name.endswith('.so'):
            names.add(file_name.split('.')[0])
    return sorted(names - SKIPPED_MODULES)


def entry(value):
    doc = getattr(value, '__doc__', None)
    signature = getattr(value, '__text_signature__', None)
    if not isinstance(doc, str):
        doc = None
    return [doc, signature] if doc is not None or signature is not None else None


def is_c_type(cls, c_modules, c_module_types):
    """A static type, or a heap type a C module makes: one that says it is from a C
    module, or that a C module holds under another module's name (_functools.partial
    says it is functools.partial)."""
    return not cls.__flags__ & HEAP_TYPE or cls.__module__ in c_modules or cls in c_module_types


def all_subclasses(root):
    seen, pending = set(), [root]
    while pending:
        cls = pending.pop()
        if cls in seen:
            continue
        seen.add(cls)
        try:
            pending.extend(type.__subclasses__(cls))
        except TypeError:
            pass
    return seen


def build_table():
    modules = {}
    for name in c_module_names():
        try:
            modules[name] = importlib.import_module(name)
        except ImportError:
            pass
    c_modules = set(modules)
    c_module_types = {value for module in modules.values() for value in vars(module).values() if isinstance(value, type)}
    table = {}
    for name, module in modules.items():
        for attribute, value in vars(module).items():
            if isinstance(value, types.BuiltinFunctionType) and (found := entry(value)):
                table[f'{name}.{attribute}'] = found
                # Also under the module the function says it is from (builtins.open is io.open).
                if isinstance(value.__module__, str):
                    table.setdefault(f'{value.__module__}.{value.__name__}', found)
    for cls in all_subclasses(object):
        if not is_c_type(cls, c_modules, c_module_types):
            continue
        prefix = f'{cls.__module__}:{cls.__qualname__}'
        if (found := entry(cls)):
            table[prefix] = found
        for attribute, value in vars(cls).items():
            if isinstance(value, staticmethod):  # str.maketrans: a builtin function in a staticmethod
                value = value.__func__
            if isinstance(value, NATIVE_ATTRIBUTES) and (found := entry(value)):
                table[f'{prefix}.{attribute}'] = found
    return table


def main():
    table = build_table()
    with open(sys.argv[1], 'w', encoding='ascii') as out:
        for key in sorted(table):
            out.write(f'{key}\t{json.dumps(table[key])}\n')


if __name__ == '__main__':
    main()
