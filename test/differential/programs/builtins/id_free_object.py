# object() instances: comparison, hashing consistency, attributes cannot be set.
o = object()
p = object()
print(o == o, o == p, o != p, hash(o) == hash(o), type(o).__name__)
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(isinstance(o, object), object.__name__, object.__bases__, object.__mro__ == (object,))
print(callable(object.__hash__), type(object.__init__).__name__)
