# callable() on various objects and type() names of builtins.
class WithCall:
    def __call__(self):
        pass
class NoCall:
    pass
for o in (len, print, int, WithCall(), NoCall(), NoCall, lambda: 0, 5, 'abc', [].append, str.upper, None):
    print(callable(o), type(o).__name__)
