# Where recursion runs out, and the message RecursionError carries for each kind of
# recursion: plain calls, __getattr__, __init__ calling the class, __eq__ comparing
# itself, str() of itself, a property, deeply nested lists, and recovery afterwards.
import sys


def attempt(label, action):
    try:
        action()
    except RecursionError as exc:
        print(f"{label}: {exc}")


def plain(n):
    return plain(n + 1)


class Lookup:
    def __getattr__(self, name):
        return self.other


class Builder:
    def __init__(self):
        Builder()


class Equal:
    def __eq__(self, other):
        return self == other


class Shown:
    def __str__(self):
        return str(self)


class Prop:
    @property
    def value(self):
        return self.value


attempt("plain", lambda: plain(0))
attempt("__getattr__", lambda: Lookup().missing)
attempt("__init__", Builder)
attempt("__eq__", lambda: Equal() == Equal())
attempt("str(self)", lambda: str(Shown()))
attempt("property", lambda: Prop().value)

nested = []
for _ in range(5000):
    nested = [nested]
attempt("nested repr", lambda: repr(nested))
attempt("nested compare", lambda: nested == [[[[nested]]]])

shallow = []
for _ in range(50):
    shallow = [shallow]
print(len(repr(shallow)), shallow == shallow)


def count_depth(n=1):
    try:
        return count_depth(n + 1)
    except RecursionError:
        return n


print("depth reached:", count_depth() > 900, sys.getrecursionlimit())
sys.setrecursionlimit(50)
attempt("low limit", lambda: plain(0))
try:
    sys.setrecursionlimit(0)
except ValueError as exc:
    print("ValueError:", exc)
sys.setrecursionlimit(1000)


def at_depth(n, limit):
    if n == 0:
        try:
            sys.setrecursionlimit(limit)
        except RecursionError as exc:
            return str(exc).replace(str(n), "N")
        return "accepted"
    return at_depth(n - 1, limit)


print(at_depth(30, 20)[:60])
