# args, str and repr of exceptions with zero, one and several arguments.
for e in (Exception(), Exception('one'), Exception('a', 2), ValueError(None), KeyError('k'), KeyError('a', 'b'), OSError(2, 'No such file'), StopIteration(5), SystemExit(3)):
    print(repr(e), '|', str(e), '|', e.args)
e = OSError(2, 'No such file', 'path.txt')
print(e.errno, e.strerror, e.filename, type(e).__name__, str(e))
print(repr(FileNotFoundError(2, 'x')), isinstance(OSError(2, 'x'), FileNotFoundError))
