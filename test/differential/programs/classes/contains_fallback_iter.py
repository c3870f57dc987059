# `in` falls back to __iter__ then __getitem__ when __contains__ is missing.
class ByIter:
    def __iter__(self):
        print('iter used')
        return iter([1, 2, 3])
class ByGetitem:
    def __getitem__(self, i):
        if i > 4:
            raise IndexError
        return i * 2
print(2 in ByIter(), 7 in ByIter())
print(4 in ByGetitem(), 5 in ByGetitem())
class NoContainer:
    pass
try:
    1 in NoContainer()
except TypeError as e:
    print(type(e).__name__, e)
