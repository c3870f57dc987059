# threading.local keeps its weak references itself (as CPython's _thread._local): its
# subclasses get no __weakref__ attribute, slotted or not, and their instances are weakly referenceable.
import threading, weakref
class L(threading.local):
    pass
class S(threading.local):
    __slots__ = ('a',)
print(sorted(vars(L)), sorted(vars(S)))
l = L(); r = weakref.ref(l); print(r() is l, hasattr(L, '__weakref__'))
loc = threading.local(); print(weakref.ref(loc)() is loc)
