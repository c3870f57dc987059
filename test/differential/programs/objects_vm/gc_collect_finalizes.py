# gc.collect() clears the weak references to objects the program can no longer reach
# (calling their callbacks) and runs the __del__ of unreachable instances; what a
# __del__ raises is reported as unraisable, and __del__ runs only once.
import gc
import sys
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.partner = None

    def __del__(self):
        print("finalizing", self.name)


def make_cycle():
    first, second = Node("first"), Node("second")
    first.partner, second.partner = second, first
    return weakref.ref(first)


ref = make_cycle()
print("collecting")
gc.collect()
print("reference cleared:", ref() is None)


class Plain:
    pass


target = Plain()
events = []
callback_ref = weakref.ref(target, lambda reference: events.append(reference() is None))
proxy = weakref.proxy(target)
kept = Plain()
kept_ref = weakref.ref(kept)
del target
gc.collect()
print("callback ran:", events, "callback now:", callback_ref.__callback__)


# A weak reference that is garbage itself is cleared without calling back.
def garbage_with_reference():
    holder = Plain()
    holder.self_reference = holder
    holder.reference = weakref.ref(holder, lambda reference: print("never called"))


garbage_with_reference()
gc.collect()
print("kept alive:", kept_ref() is kept)
try:
    proxy.anything
except ReferenceError as exc:
    print("ReferenceError:", exc)


class Resurrecting:
    saved = []

    def __del__(self):
        print("resurrected once")
        Resurrecting.saved.append(self)


Resurrecting()
gc.collect()
Resurrecting.saved.clear()
gc.collect()
print("saved:", len(Resurrecting.saved))


class Failing:
    def __del__(self):
        raise ValueError("from __del__")


def hook(unraisable):
    print("unraisable:", unraisable.exc_type.__name__, unraisable.exc_value, unraisable.object.__qualname__)


sys.unraisablehook = hook
Failing()
gc.collect()
sys.unraisablehook = sys.__unraisablehook__


class SetWithFinalizer(set):
    def __del__(self):
        print("set subclass finalized with", sorted(self))


SetWithFinalizer([3, 1, 2])
gc.collect()
# A class no longer reachable leaves its base's __subclasses__(); gc.get_objects() lists
# the reachable objects the collector tracks (instances of dict subclasses included).
class Base:
    pass


class Derived(Base):
    pass


print([cls.__name__ for cls in Base.__subclasses__()])
del Derived
gc.collect()
print([cls.__name__ for cls in Base.__subclasses__()])


class Namespace(dict):
    pass


live = Namespace()
print(any(obj is live for obj in gc.get_objects()), gc.is_tracked(Namespace()), gc.is_tracked({}))
for generation in (3, -2, "0"):
    try:
        gc.get_objects(generation)
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__, exc)

still_here = Node("at exit")
print("end")
