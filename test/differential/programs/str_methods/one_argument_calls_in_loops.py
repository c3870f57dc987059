# str methods called with one argument in a loop (which compiled code calls through their
# one-argument forms): split/rsplit, find/rfind/index, count, startswith/endswith with strs
# and tuples, on short and long texts, astral ones and a str subclass, and the errors of
# arguments of the wrong type, each worded as CPython words it.
class S(str): pass
cases = ["a|b|c", "", "||", "x" * 300 + "|" + "y" * 300, "\U0001f600|\U0001f600", S("q|r")]
for _ in range(300):
    out = []
    for t in cases:
        out.append((t.split("|"), t.rsplit("|"), t.split("|", 1), t.find("|"), t.rfind("b"), t.count("|"), t.count(""), t.startswith("a"), t.endswith(("c", "x")), t.startswith(("",)), t.split(None)))
        for bad in (1, None, ("a", 2), b"|"):
            for m in ("split", "find", "count", "startswith", "endswith", "index", "rsplit"):
                try:
                    out.append(getattr(t, m)(bad))
                except Exception as e:
                    out.append((type(e).__name__, str(e)))
        try:
            out.append(t.index("zz"))
        except ValueError as e:
            out.append(str(e))
        try:
            out.append(t.split(""))
        except ValueError as e:
            out.append(str(e))
print(out)
