# Generator attributes: gi_running, gi_frame, gi_code, and states via inspect.
import inspect
def gen():
    yield 1
g = gen()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g), g.gi_running, g.gi_code.co_name)
list(g)
print(inspect.getgeneratorstate(g), g.gi_frame)
def self_ref():
    yield next(me)
me = self_ref()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
