# Calls compiled code makes directly, as CPython specializes them: built-in functions of
# one or two arguments (len, isinstance) and built-in types' methods on instances of the
# very type (str.split, dict.get, list.append); a subclass overriding one, and errors.
def main():
    words = "the quick brown fox jumps over the lazy dog".split()
    d = {}
    t = 0
    for i in range(300_000):
        w = words[i % 9]
        u = w.upper()
        t += len(u.lower()) + d.get(w, 0)
        d[w] = d.get(w, 0) + 1
        parts = w.split("o")
        t += len(parts) + w.count("o") + (1 if w.startswith("t") else 0)
    s = "x".join(words)
    print(t, d, s.replace("x", "-", 3), "a,b".split(","), {}.get(1), [1, 2].pop(), (1, 2).index(2))
    class S(str):
        def upper(self):
            return "mine"
    print(S("a").upper(), str.upper(S("b")))
    try:
        "a".split(1)
    except TypeError as e:
        print(e)
    try:
        {}.get()
    except TypeError as e:
        print(e)
main()
def main2():
    out = []
    t = 0
    for i in range(2_000_000):
        out.append(i)
        if isinstance(i, int):
            t += len(out)
    class L(list):
        pass
    l = L()
    for i in range(5):
        l.append(i)
    print(t, len(l), l)
    try:
        len(5)
    except TypeError as e:
        print(e)
    try:
        out.append()
    except TypeError as e:
        print(e)
    try:
        isinstance(1)
    except TypeError as e:
        print(e)
    print(len(out), isinstance(out, (list, tuple)), [].append(1))
main2()
