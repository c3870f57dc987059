# The docstrings and text signatures of the types that C modules make under another
# module's name (functools.partial is _functools's, operator.itemgetter _operator's,
# os.stat_result posix's), of their methods and attributes, and of ast's node classes.
import ast
import functools
import operator
import os

for obj in (functools.partial, functools.partial.func, functools.partial.__call__, functools._lru_cache_wrapper,
            operator.itemgetter, operator.attrgetter, operator.methodcaller.__reduce__,
            os.stat_result, os.stat_result.st_mtime, os.terminal_size, os.terminal_size.columns,
            ast.AST.__init__, ast.BinOp, ast.expr):
    print(getattr(obj, '__qualname__', type(obj).__name__), repr(obj.__doc__), getattr(obj, '__text_signature__', None))
