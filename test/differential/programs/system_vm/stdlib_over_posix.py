# Standard library modules that stand on posix and the other C modules here: they import,
# and their everyday uses give python3's results.
import argparse
import getpass
import glob
import hashlib
import locale
import os
import os.path
import pathlib
import platform
import random
import shutil
import string
import struct
import tempfile
import textwrap
import uuid

print(string.Formatter().format('{0}-{name!r:>6}', 1, name='x'), list(string.Formatter().parse('a{b}c{d!s:>3}')))
print(string.Template('$who likes $what').substitute(who='tim', what='kung pao'), string.capwords('hello  world'))
print(textwrap.fill('The quick brown fox jumps over the lazy dog. ' * 3, width=30))
print(textwrap.dedent('    a\n      b\n    c'), textwrap.shorten('Hello world, this is long', width=15), textwrap.indent('x\ny', '> '))

parser = argparse.ArgumentParser(prog='tool', description='A tool.')
parser.add_argument('files', nargs='*')
parser.add_argument('-v', '--verbose', action='store_true')
parser.add_argument('--count', type=int, default=3)
print(parser.parse_args(['a', 'b', '-v', '--count', '5']))
print(parser.format_help())
try:
    parser.parse_args(['--count', 'x'])
except SystemExit as exit:
    print('exit', exit.code)

print(locale.getlocale(locale.LC_NUMERIC), locale.getpreferredencoding(False), locale.localeconv()['decimal_point'])
print(locale.format_string('%.2f', 1234.5), locale.str(2.5), locale.atof('3.25'), locale.atoi('42'), locale.normalize('en_us'))
print(platform.system(), platform.python_version_tuple()[:2], isinstance(platform.machine(), str), platform.architecture()[0])
print(getpass.getuser() == (os.environ.get('LOGNAME') or os.environ.get('USER') or __import__('pwd').getpwuid(os.getuid()).pw_name))
print(len(uuid.uuid4().hex), uuid.UUID('12345678123456781234567812345678'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))
print(os.path.join('a', 'b', '../c'), os.path.normpath('a//b/./c/..'), os.path.splitext('x.tar.gz'), os.path.expanduser('~') == os.environ['HOME'])
print(os.path.relpath('/a/b/c', '/a/d'), os.path.commonpath(['/a/b/c', '/a/b/d']), os.path.abspath('x') == os.path.join(os.getcwd(), 'x'))
with tempfile.TemporaryDirectory() as top:
    target = pathlib.Path(top, 'sub', 'file.txt')
    target.parent.mkdir()
    target.write_text('content')
    print(glob.glob(os.path.join(glob.escape(top), '*', '*.txt')) == [str(target)], shutil.copyfile(target, target.with_suffix('.bak')) == str(target.with_suffix('.bak')))
    print(hashlib.sha256(target.read_bytes()).hexdigest(), struct.unpack('<I', target.read_bytes()[:4]))
random.seed(0)
print(random.random(), random.sample(string.ascii_letters, 5))
