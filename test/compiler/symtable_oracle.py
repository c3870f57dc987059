# The oracle for symtable.test.ts: CPython's own symbol tables, SyntaxErrors and name
# mangling for the questions on stdin (JSON), one JSON answer per stdout line, in order.
import json
import sys
import symtable


def error_fields(error):
    return {'msg': error.msg, 'lineno': error.lineno, 'offset': error.offset,
            'end_lineno': error.end_lineno, 'end_offset': error.end_offset, 'text': error.text}


def describe(table):
    module_scope = table.get_type() == 'module'
    symbols = []
    for name, flags in table._table.symbols.items():
        s = symtable.Symbol(name, flags, [c for c in table.get_children() if c.get_name() == name],
                            module_scope=module_scope)
        symbols.append([name, flags, [
            s.is_referenced(), s.is_imported(), s.is_parameter(), s.is_global(), s.is_declared_global(),
            s.is_local(), s.is_annotated(), s.is_free(), s.is_assigned(), s.is_namespace(), s.is_nonlocal(),
        ]])
    function = None
    if isinstance(table, symtable.Function):
        function = {'parameters': list(table.get_parameters()), 'locals': list(table.get_locals()),
                    'globals': list(table.get_globals()), 'nonlocals': list(table.get_nonlocals()),
                    'frees': list(table.get_frees())}
    return {'type': table.get_type(), 'name': table.get_name(), 'lineno': table.get_lineno(),
            'nested': bool(table._table.nested), 'varnames': list(table._table.varnames),
            'symbols': symbols, 'function': function,
            'children': [describe(child) for child in table.get_children()]}


def symbol_table(question):
    """question: {filename, mode, source (text) | path (file to read as bytes)}"""
    if 'path' in question:
        with open(question['path'], 'rb') as f:
            source = f.read()
    else:
        source = question['source']
    try:
        return {'table': describe(symtable.symtable(source, question['filename'], question['mode']))}
    except SyntaxError as error:
        return {'error': error_fields(error)}


def compile_error(question):
    """question: {source, filename}: the SyntaxError compile() raises, or null."""
    try:
        compile(question['source'], question['filename'], 'exec')
    except SyntaxError as error:
        return error_fields(error)
    return None


CODE_FLAG_BITS = 0x3ff  # CO_OPTIMIZED .. CO_ASYNC_GENERATOR; the future flags above are not the table's


def code_layouts(question):
    """question: {source, mode}: for each code object compile() makes, except the
    module's, its name, flags, cell and free variables; null if compile() rejects it."""
    try:
        code = compile(question['source'], '<layout>', question['mode'])
    except SyntaxError:
        return None
    layouts = []

    def visit(code):
        for constant in code.co_consts:
            if hasattr(constant, 'co_code'):
                layouts.append({'name': constant.co_name, 'flags': constant.co_flags & CODE_FLAG_BITS,
                                'cellvars': list(constant.co_cellvars), 'freevars': list(constant.co_freevars)})
                visit(constant)

    visit(code)
    return layouts


def mangled(question):
    """question: [className, name]: what `name` becomes inside that class, by the compiler."""
    class_name, name = question
    body = f'import {name}' if '.' in name else f'return self.{name}'
    code = compile(f'class {class_name}:\n  def f(self): {body}\n', '<mangle>', 'exec')
    class_code = next(c for c in code.co_consts if hasattr(c, 'co_code'))
    method = next(c for c in class_code.co_consts if hasattr(c, 'co_code'))
    return method.co_names[0]


def main():
    questions = json.load(sys.stdin)
    for answer in ([symbol_table(q) for q in questions['sources']]
                   + [code_layouts(q) for q in questions['layouts']]
                   + [compile_error(q) for q in questions['errors']]
                   + [mangled(q) for q in questions['mangle']]):
        print(json.dumps(answer))


if __name__ == '__main__':
    main()
