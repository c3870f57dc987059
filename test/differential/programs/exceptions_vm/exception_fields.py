# The fields built-in exception classes add: StopIteration.value, SystemExit.code,
# ImportError's msg/name/path, AttributeError's name/obj, NameError.name, SyntaxError's
# location, and how they come from the constructor's arguments.
def check(label, action):
    try:
        result = action()
    except Exception as exc:
        print(f"{label}: {type(exc).__name__}: {exc}")
    else:
        print(f"{label}: {result!r}")


def gen():
    yield 1
    return "done"


g = gen()
next(g)
try:
    next(g)
except StopIteration as stop:
    print("generator return:", repr(stop.value), stop.args)
print(StopIteration().value, StopIteration(1, 2).value, StopAsyncIteration(3).args)
stop = StopIteration("v")
stop.value = "changed"
print(stop.value, stop.args)
check("StopAsyncIteration().value", lambda: StopAsyncIteration().value)

print(SystemExit().code, SystemExit(2).code, SystemExit("bye", 1).code)

imp = ImportError("cannot import", name="mod", path="/x/mod.py")
print(imp.msg, imp.name, imp.path, str(imp), imp.args, imp.__reduce__())
print(ImportError().msg, ImportError("a", "b").msg, str(ImportError("a", "b")), ImportError(3).msg)
check("ImportError(bogus=1)", lambda: ImportError(bogus=1))
check("ModuleNotFoundError(bogus=1)", lambda: ModuleNotFoundError("x", bogus=1))
mnf = ModuleNotFoundError("No module named 'nowhere'", name="nowhere")
print(type(mnf).__mro__[1].__name__, mnf.name, mnf.path, mnf.__reduce__())
try:
    import nowhere_to_be_found
except ModuleNotFoundError as missing:
    print("import:", missing.msg, missing.name, missing.path)


class Holder:
    present = 1


holder = Holder()
try:
    holder.absent
except AttributeError as attr:
    print("AttributeError:", attr.name, attr.obj is holder, attr.args)
try:
    Holder.missing_on_class
except AttributeError as attr:
    print("on class:", attr.name, attr.obj is Holder)


class Dynamic:
    def __getattr__(self, name):
        raise AttributeError(f"dynamic {name}")


try:
    Dynamic().whatever
except AttributeError as attr:
    print("from __getattr__:", attr.name, type(attr.obj).__name__, attr)
made = AttributeError("m", name="n", obj=holder)
print(made.name, made.obj is holder, AttributeError("x").name, AttributeError("x").obj)
check("AttributeError(foo=1)", lambda: AttributeError(foo=1))
try:
    undefined_name_here
except NameError as name_error:
    print("NameError:", name_error.name, name_error.args)


def uses_unbound():
    print(later)
    later = 1


try:
    uses_unbound()
except UnboundLocalError as unbound:
    print("UnboundLocalError:", unbound.name, unbound)
print(NameError("x", name="given").name, NameError().name)
check("NameError(obj=1)", lambda: NameError(obj=1))

syntax = SyntaxError("invalid thing", ("dir/file.py", 3, 5, "bad line\n", 3, 9))
print(syntax.msg, syntax.filename, syntax.lineno, syntax.offset, repr(syntax.text), syntax.end_lineno, syntax.end_offset, syntax.print_file_and_line)
print(str(syntax), "|", str(SyntaxError("m", (None, 4, 1, None))), "|", str(SyntaxError("m", ("f", None, 1, None))), "|", str(SyntaxError("m")))
print(str(SyntaxError()), SyntaxError("a", "b", "c").msg, SyntaxError("a", "b", "c").filename, str(IndentationError("i", ("x/y.py", True, 1, ""))))
check("short location", lambda: SyntaxError("m", ("f", 1)))
check("long location", lambda: SyntaxError("m", (1, 2, 3, 4, 5, 6, 7)))
check("location not iterable", lambda: SyntaxError("m", 1))
check("end_lineno without end_offset", lambda: SyntaxError("m", ("f", 1, 2, "t", 3)))
try:
    compile("x = = 1", "<made>", "exec")
except SyntaxError as compiled:
    print("compile:", compiled.msg, compiled.filename, compiled.lineno, compiled.offset, compiled.end_offset, repr(compiled.text))
