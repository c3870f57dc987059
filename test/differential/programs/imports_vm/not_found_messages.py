# ModuleNotFoundError and ImportError messages from the import statement and __import__.
import os
import sys
import tempfile

root = tempfile.mkdtemp()
os.mkdir(os.path.join(root, 'pkgx'))
for name, text in [('pkgx/__init__.py', 'A = 1\n'), ('plain.py', 'B = 2\n'),
                   ('pkgx/one.py', 'from pkgx.two import T\nO = 1\n'), ('pkgx/two.py', 'from pkgx.one import O\nT = 2\n')]:
    with open(os.path.join(root, name), 'w') as f:
        f.write(text)
sys.path.insert(0, root)


def attempt(code):
    try:
        exec(code, {'__name__': 'probe'})
    except ImportError as error:
        print(type(error).__name__, '|', str(error).replace(root, 'ROOT'), '|', error.name)
    except KeyError as error:
        print(type(error).__name__, '|', error)


attempt('import missing_top_level')
attempt('import pkgx.missing')
attempt('import plain.sub')
attempt('from pkgx import missing_name')
attempt('from plain import missing_name')
attempt('import pkgx.one')
attempt('from . import x')
attempt('__import__("pkgx", level=1)')
attempt('import os.nope')
attempt('from os import nope')
try:
    __import__('')
except ValueError as error:
    print(error)
try:
    __import__(42)
except TypeError as error:
    print(error)
sys.modules['gone'] = None
attempt('import gone')
