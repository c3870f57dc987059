# An uncaught exception group with nested groups, chained members, notes and a
# member raised from a function: the boxes python3 draws around each member.
def fail(kind, message):
    raise kind(message)


def collect():
    errors = []
    for kind, message in ((ValueError, "bad value"), (KeyError, "missing"), (TypeError, "wrong type")):
        try:
            fail(kind, message)
        except Exception as exc:
            errors.append(exc)
    try:
        {}["absent"]
    except KeyError as exc:
        try:
            raise RuntimeError("while handling") from exc
        except RuntimeError as chained:
            errors.append(chained)
    inner = ExceptionGroup("inner batch", errors[1:3])
    inner.add_note("inner note")
    return ExceptionGroup("outer batch", [errors[0], inner, errors[3]])


group = collect()
group.add_note("first line\nsecond line")
raise group
