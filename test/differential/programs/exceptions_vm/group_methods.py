# BaseExceptionGroup / ExceptionGroup: constructor checks, class selection, str and repr,
# split / subgroup / derive and what the parts inherit from the whole.
def attempt(label, make):
    try:
        result = make()
    except Exception as exc:
        print(f"{label}: {type(exc).__name__}: {exc}")
    else:
        print(f"{label}: {type(result).__name__} {result!r}")


class Strict(ExceptionGroup):
    pass


class Loose(BaseExceptionGroup):
    pass


attempt("all exceptions", lambda: BaseExceptionGroup("m", [ValueError(1), KeyError(2)]))
attempt("with a base exception", lambda: BaseExceptionGroup("m", [SystemExit(3)]))
attempt("ExceptionGroup refuses", lambda: ExceptionGroup("m", [GeneratorExit()]))
attempt("subclass refuses", lambda: Strict("m", [KeyboardInterrupt()]))
attempt("loose subclass keeps class", lambda: Loose("m", [ValueError()]))
attempt("message not str", lambda: ExceptionGroup(b"m", [ValueError()]))
attempt("empty", lambda: ExceptionGroup("m", ()))
attempt("not a sequence", lambda: ExceptionGroup("m", {ValueError()}))
attempt("item not exception", lambda: ExceptionGroup("m", [ValueError(), "oops"]))
attempt("one argument", lambda: ExceptionGroup("m"))
attempt("keyword", lambda: ExceptionGroup("m", [ValueError()], extra=1))
attempt("tuple kept in args", lambda: ExceptionGroup("m", (ValueError(1),)).args)

eg = ExceptionGroup("many", [ValueError("a"), TypeError("b"), ExceptionGroup("nested", [ValueError("c"), OSError("d")])])
print(str(eg), "|", str(ExceptionGroup("single", [ValueError()])))
print(eg.message, type(eg.exceptions).__name__, len(eg.exceptions))
for attribute in ("message", "exceptions"):
    try:
        setattr(eg, attribute, None)
    except AttributeError as exc:
        print(attribute, "->", exc)

match, rest = eg.split(ValueError)
print("split ValueError:", repr(match), "|", repr(rest))
print("split Exception is whole:", eg.split(Exception)[0] is eg, eg.split(Exception)[1])
print("subgroup OSError:", repr(eg.subgroup(OSError)))
print("subgroup none:", eg.subgroup(KeyError))
print("predicate:", repr(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "nested")))
print("predicate on leaves:", repr(eg.subgroup(lambda e: str(e) in ("a", "d"))))
for bad in (1, (ValueError, 2), ValueError()):
    try:
        eg.split(bad)
    except TypeError as exc:
        print("split", type(bad).__name__, "->", exc)

try:
    raise eg
except ExceptionGroup as caught:
    caught.add_note("remember")
    caught.__cause__ = KeyError("why")
    part, _ = caught.split(TypeError)
    print("part keeps:", part.__notes__, repr(part.__cause__), part.__suppress_context__, part.__traceback__ is caught.__traceback__)
    part.__notes__.append("only on the part")
    print("notes independent:", caught.__notes__)


class Tagged(ExceptionGroup):
    def derive(self, excs):
        derived = Tagged(self.message.upper(), excs)
        derived.tag = getattr(self, "tag", 0) + 1
        return derived


tagged = Tagged("tagged", [ValueError(1), TypeError(2), ValueError(3)])
values = tagged.subgroup(ValueError)
print(type(values).__name__, values.message, values.tag, [e.args[0] for e in values.exceptions])
print(repr(tagged.derive([KeyError()])))


class Broken(ExceptionGroup):
    def derive(self, excs):
        return ValueError("not a group")


try:
    Broken("b", [ValueError(), TypeError()]).split(ValueError)
except TypeError as exc:
    print("Broken derive:", exc)
print(repr(BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()]).derive([ValueError()])))
