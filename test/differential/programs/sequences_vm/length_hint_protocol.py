# list(), tuple(), sorted() and list.extend ask an iterable's length hint as CPython does:
# a __len__ or __length_hint__ written in Python is called, and may raise.
def attempt(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

class Sized:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        print('  __iter__')
        return iter(self.items)
    def __len__(self):
        print('  __len__')
        return len(self.items)

print(list(Sized([1, 2])))
print(tuple(Sized('ab')))
print(sorted(Sized([3, 1])))
target = [0]
target.extend(Sized([9]))
print(target)
target += Sized([8])
print(target)
target[1:2] = Sized(['slice'])
print(target)

class Hinted:
    def __init__(self, hint):
        self.hint = hint
    def __iter__(self):
        return iter([1, 2, 3])
    def __length_hint__(self):
        print('  __length_hint__ ->', repr(self.hint))
        if isinstance(self.hint, Exception):
            raise self.hint
        return self.hint

print(list(Hinted(2)), list(Hinted(NotImplemented)), list(Hinted(TypeError('ignored'))))
attempt('hint str', lambda: list(Hinted('x')))
attempt('hint negative', lambda: list(Hinted(-1)))
attempt('hint raises', lambda: list(Hinted(KeyError('k'))))

class BadLen:
    def __iter__(self):
        return iter('ok')
    def __len__(self):
        raise TypeError('len refused')
class WorseLen(BadLen):
    def __len__(self):
        raise ValueError('len broken')
print(list(BadLen()))
attempt('len raises ValueError', lambda: list(WorseLen()))
attempt('len raises in tuple', lambda: tuple(WorseLen()))
# Built-in iterators' hints cost nothing visible.
print(list(iter([1, 2])), list(reversed([1, 2])), list(x for x in 'ab'), list({'k': 1}), list(range(3)))
print([].__len__(), [1, 2].__len__(), len(range(10)), iter([1, 2, 3]).__length_hint__(), iter(range(7)).__length_hint__())
