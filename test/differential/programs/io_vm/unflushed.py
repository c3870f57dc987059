# Data written to files that are never closed reaches them: before the file is opened
# again (where CPython's reference counting would have flushed the object already) and
# when the program ends.
import os
import shutil
import tempfile

DIRECTORY = tempfile.mkdtemp()


def scratch(name):
    return os.path.join(DIRECTORY, name)


def cleanup():
    shutil.rmtree(DIRECTORY)


A = scratch('a.txt')
B = scratch('b.bin')
open(A, 'w').write('written without close\n')
print(repr(open(A).read()))
open(B, 'wb').write(b'\x00binary\xff')
print(open(B, 'rb').read())
open(A, 'a').writelines(['more\n', 'lines\n'])
print(open(A).readlines())
print('text', file=open(A, 'w'))
print(repr(open(A).read()))
cleanup()
