# Generator states and frames: GEN_CREATED/RUNNING/SUSPENDED/CLOSED seen from inside
# and out, gi_running, gi_suspended, gi_frame.f_lineno/f_locals, getgeneratorlocals,
# re-entry errors, generator expression names, and deep recursion through generators.
import inspect
import sys


def observed():
    me = yield
    print('  inside:', inspect.getgeneratorstate(me), me.gi_running, me.gi_suspended)
    x = 1
    yield x
    y = 2
    yield x + y


g = observed()
print(inspect.getgeneratorstate(g), g.gi_running, g.gi_suspended, g.gi_frame.f_lineno == observed.__code__.co_firstlineno)
next(g)
print(inspect.getgeneratorstate(g), g.gi_suspended, inspect.getgeneratorlocals(g))
print(g.send(g), sorted(k for k in g.gi_frame.f_locals if k != 'me'))
line_before = g.gi_frame.f_lineno
print(next(g), g.gi_frame.f_lineno - line_before, inspect.getgeneratorlocals(g)['y'])
print(next(g, 'end'), inspect.getgeneratorstate(g), g.gi_frame, g.gi_suspended, inspect.getgeneratorlocals(g))


def reenter():
    yield gen_ref.send(None)


gen_ref = reenter()
try:
    next(gen_ref)
except ValueError as e:
    print('ValueError:', e)
print(inspect.getgeneratorstate(gen_ref))


def closer():
    try:
        yield
    finally:
        try:
            gen_ref2.close()
        except ValueError as e:
            print('  close inside itself:', e)


gen_ref2 = closer()
next(gen_ref2)
gen_ref2.close()
print(inspect.getgeneratorstate(gen_ref2))

ge = (n * n for n in range(3))
print(ge.__name__, ge.__qualname__, ge.gi_code.co_name, ge.gi_code.co_varnames, sorted(ge.gi_frame.f_locals))


class Holder:
    def method(self):
        return (c for c in 'ab')


print(Holder().method().__qualname__)
try:
    inspect.getgeneratorstate(iter([]))
except AttributeError as e:
    print('AttributeError:', e)


def countdown(n):
    if n:
        yield n
        yield from countdown(n - 1)


print(sum(countdown(200)))


def unbounded(n):
    yield from unbounded(n + 1)


old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
try:
    next(unbounded(0))
except RecursionError as e:
    print('RecursionError:', e)
sys.setrecursionlimit(old)
