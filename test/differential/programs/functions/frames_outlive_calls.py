# Frames that something keeps after their call returned: frame objects, tracebacks,
# locals() dicts, f_back chains. Later calls of the same functions must not change what
# they show (a VM that reuses returned frames must not reuse these).
import sys


def keep_frame(x):
    y = x * 2
    return sys._getframe()


def child():
    return sys._getframe(1)


def keep_caller(tag):
    label = tag + "!"
    return child()


def fail(n):
    local = [n]
    raise ValueError(n)


def caught(n):
    try:
        fail(n)
    except ValueError as error:
        return error


def snapshot(a):
    b = a + 1
    return locals()


frames = [keep_frame(i) for i in range(5)]
for _ in range(200):
    keep_frame(-1)
print([(f.f_locals["x"], f.f_locals["y"], f.f_code.co_name) for f in frames])

callers = [keep_caller(t) for t in "abc"]
for _ in range(100):
    keep_caller("z")
print([(f.f_locals["tag"], f.f_locals["label"]) for f in callers])

errors = [caught(i) for i in range(4)]
for _ in range(100):
    caught(99)
for error in errors:
    tb = error.__traceback__
    entries = []
    while tb is not None:
        entries.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, dict(tb.tb_frame.f_locals).get("n")))
        tb = tb.tb_next
    print(entries, tb is None)

dicts = [snapshot(i) for i in range(3)]
for _ in range(100):
    snapshot(0)
print(dicts, dicts[0] is not dicts[1])


def depth(n):
    if n == 0:
        frame = sys._getframe()
        chain = []
        while frame is not None and frame.f_code.co_name == "depth":
            chain.append(frame.f_locals["n"])
            frame = frame.f_back
        return chain
    return depth(n - 1)


kept = [depth(k) for k in range(6)]
for _ in range(50):
    depth(7)
print(kept)


def outer_frame():
    def inner():
        return sys._getframe().f_back

    marker = "outer"
    return inner()


held = outer_frame()
for _ in range(100):
    outer_frame()
print(held.f_locals["marker"], held.f_code.co_name, held.f_back.f_code.co_name)


def recurse(n, acc):
    if n == 0:
        return acc
    return recurse(n - 1, acc + [n])


print(sum(len(recurse(k, [])) for k in range(60)))
