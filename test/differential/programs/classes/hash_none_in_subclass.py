# A subclass defining __eq__ becomes unhashable even if the base is hashable.
class Base:
    pass
class Sub(Base):
    def __eq__(self, other):
        return type(other) is Sub
print(hash(Base()) is not None)
try:
    {Sub()}
except TypeError as e:
    print(type(e).__name__, e)
class Sub2(Sub):
    def __hash__(self):
        return 7
print(hash(Sub2()), Sub2() == Sub2(), len({Sub2(), Sub2()}))
