# BaseException's own API: args and how str/repr show 0, 1 or n of them, the chaining
# attributes and their checks, with_traceback, notes, pickling support and __dict__.
class Custom(Exception):
    pass


class WithInit(Exception):
    def __init__(self, a, b):
        self.pair = (a, b)


for exc in (Exception(), Exception("one"), Exception(""), Exception(1, "two", None), Custom([1]), WithInit(1, 2), KeyError("k"), KeyError(), KeyError(1, 2)):
    print(f"{type(exc).__name__}: args={exc.args!r} str={str(exc)!r} repr={exc!r}")

e = ValueError("x")
e.args = ["list", "becomes", "tuple"]
print(e.args, repr(e), str(e))
e.args = "ab"
print(e.args)


def check(label, action):
    try:
        result = action()
    except Exception as exc:
        print(f"{label}: {type(exc).__name__}: {exc}")
    else:
        print(f"{label}: ok {result!r}")


check("args = 5", lambda: setattr(e, "args", 5))
check("del args", lambda: delattr(e, "args"))
check("cause = 3", lambda: setattr(e, "__cause__", 3))
check("context = 'x'", lambda: setattr(e, "__context__", "x"))
check("del cause", lambda: delattr(e, "__cause__"))
check("del context", lambda: delattr(e, "__context__"))
check("traceback = 1", lambda: setattr(e, "__traceback__", 1))
check("del traceback", lambda: delattr(e, "__traceback__"))
check("suppress = 1", lambda: setattr(e, "__suppress_context__", 1))
check("with_traceback()", lambda: e.with_traceback())
check("with_traceback(None)", lambda: e.with_traceback(None) is e)
check("add_note(1)", lambda: e.add_note(1))
check("add_note()", lambda: e.add_note())

fresh = RuntimeError("r")
print(fresh.__cause__, fresh.__context__, fresh.__suppress_context__, fresh.__traceback__)
fresh.__cause__ = None
print("setting __cause__ suppresses context:", fresh.__suppress_context__)
fresh.__context__ = KeyError("ctx")
fresh.__suppress_context__ = False
print(repr(fresh.__context__), fresh.__suppress_context__)

try:
    raise ValueError("with tb")
except ValueError as caught:
    tb = caught.__traceback__
    print("traceback type:", type(tb).__name__, tb.tb_lineno)
    other = TypeError("borrowed").with_traceback(tb)
    print("borrowed:", other.__traceback__ is tb)

noted = Exception("noted")
print(hasattr(noted, "__notes__"))
noted.add_note("first")
noted.add_note("second\nline")
print(noted.__notes__)
noted.__notes__ = ("not", "a list")
check("add_note with tuple notes", lambda: noted.add_note("third"))

plain = ValueError(1, 2)
print(plain.__reduce__())
plain.extra = "attribute"
print(plain.__reduce__(), plain.__dict__)
restored = ValueError.__new__(ValueError)
restored.__setstate__({"extra": 5, "other": [1]})
print(restored.extra, restored.other, restored.__setstate__(None))
check("setstate(list)", lambda: restored.__setstate__([1]))
check("setstate non-str key", lambda: restored.__setstate__({1: 2}))
check("dict = 1", lambda: setattr(restored, "__dict__", 1))
restored.__dict__ = {"swapped": True}
print(restored.swapped, vars(restored))
print(Custom("c").__reduce__(), WithInit(3, 4).__reduce__())

print(Exception("a") == Exception("a"), Exception.__doc__, ZeroDivisionError.__doc__)
print(ValueError.__new__(ValueError, 1, 2).args, BaseException.__new__(KeyError, "k").args)
for owner, target in ((ValueError, KeyError), (BaseException, int), (BaseException, OSError), (KeyError, KeyError)):
    check(f"{owner.__name__}.__new__({target.__name__})", lambda: owner.__new__(target))
check("BaseException.__new__()", lambda: BaseException.__new__())
check("BaseException.__new__(1)", lambda: BaseException.__new__(1))
