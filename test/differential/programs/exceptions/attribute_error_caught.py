# AttributeErrors of missing attributes caught around attribute loads and method calls
# (instances, classes, modules, slots, properties, __getattr__), many times in a loop so
# that the compiled tier runs them too: the message, .name and .obj, the context and the
# traceback's frames are CPython's, and so is the suggestion a report of one makes.
import math
import traceback


class Plain:
    def __init__(self):
        self.value = 1


class Slotted:
    __slots__ = ("here", "unset")

    def __init__(self):
        self.here = 2


class WithProperty:
    @property
    def broken(self):
        raise AttributeError("from the property")

    @property
    def inner(self):
        return self.not_there


class Forwarding:
    def __getattr__(self, name):
        if name.startswith("ok"):
            return name.upper()
        raise AttributeError(f"no {name} here")


def describe(exc):
    names = [frame.name for frame in traceback.extract_tb(exc.__traceback__)]
    obj = getattr(exc, "obj", "<none>")
    return f"{type(exc).__name__}: {exc} | name={exc.name!r} obj={type(obj).__name__} | {names}"


def attempts():
    yield lambda: Plain().missing
    yield lambda: Plain().missing_method()
    yield lambda: Plain.class_missing
    yield lambda: Slotted().unset
    yield lambda: Slotted().elsewhere
    yield lambda: WithProperty().broken
    yield lambda: WithProperty().inner
    yield lambda: Forwarding().okay + Forwarding().absent
    yield lambda: math.no_such_function
    yield lambda: (3).imag.nope
    yield lambda: "text".no_method()
    yield lambda: None.anything


for attempt in attempts():
    try:
        attempt()
    except AttributeError as exc:
        print(describe(exc))

# In loops: the same handlers taken thousands of times, with a value found now and then.
counts = [0, 0, 0]
objects = [Plain(), Slotted(), Forwarding()]
for i in range(6000):
    target = objects[i % 3]
    if i % 100 == 0 and not isinstance(target, Slotted):
        target.missing = i
    try:
        counts[0] += target.missing
    except AttributeError:
        counts[1] += 1
    try:
        target.run()
    except AttributeError as exc:
        counts[2] += len(exc.name)
    if i % 100 == 0:
        try:
            del target.missing
        except AttributeError:
            pass
print(counts)

# The exception being handled becomes the new one's context.
try:
    try:
        {}["key"]
    except KeyError:
        Plain().after_key_error
except AttributeError as exc:
    print(repr(exc), repr(exc.__context__))


def hasattr_by_hand(obj, name):
    try:
        getattr(obj, name)
        return True
    except AttributeError:
        return False


print([hasattr_by_hand(obj, name) for obj in objects for name in ("value", "here", "okay", "gone")])

try:
    Plain().valeu
except AttributeError as exc:
    print(traceback.format_exception_only(type(exc), exc))
