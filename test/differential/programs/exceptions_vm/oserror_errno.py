# OSError picks its subclass from errno when OSError itself is called, keeps only
# (errno, strerror) in args once a filename is given, and formats "[Errno n] text: 'file'".
def show(exc):
    print(f"{type(exc).__name__:22} args={exc.args!r} errno={exc.errno!r} strerror={exc.strerror!r} "
          f"filename={exc.filename!r} filename2={exc.filename2!r} str={str(exc)!r}")


for errno in (1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 108, 110, 111, 114, 115, 5, 99):
    show(OSError(errno, "message"))
show(OSError(2, "No such file or directory", "missing.txt"))
show(OSError(18, "Invalid cross-device link", "a.txt", None, "b.txt"))
show(OSError(2, "two args", None, None, "ignored second"))
show(OSError("just a message"))
show(OSError())
show(OSError(1, 2, 3, 4, 5, 6))
show(OSError(None, "no errno"))
show(OSError(2.0, "float errno is not mapped"))
show(OSError(True, "bool errno is an int"))
show(FileNotFoundError(13, "subclass is kept"))
print(IOError is OSError, EnvironmentError is OSError)
print(OSError(2, "x", "f").__reduce__())
print(OSError(2, "x", "f", None, "g").__reduce__())
print(OSError(2, "x").__reduce__())

blocking = BlockingIOError(11, "would block", 42)
print(blocking.characters_written, blocking.filename, blocking.args)
blocking.characters_written = 7
print(blocking.characters_written)
del blocking.characters_written
for action in (lambda: BlockingIOError(11, "x").characters_written, lambda: delattr(blocking, "characters_written")):
    try:
        action()
    except AttributeError as exc:
        print("AttributeError:", exc)
try:
    OSError(2, "x", errno=3)
except TypeError as exc:
    print("TypeError:", exc)


class ParsedLater(OSError):
    def __init__(self, path, reason):
        super().__init__(2, reason)
        self.path = path


later = ParsedLater("p.txt", "gone")
print(type(later).__name__, later.args, later.errno, later.strerror, later.path, str(later))


class OwnNew(OSError):
    def __new__(cls, *args):
        return super().__new__(cls, *args)


print(type(OwnNew(2, "x")).__name__, OwnNew(2, "x", "f").filename)
