# When object.__new__ and object.__init__ accept extra arguments: only when the class is
# made by object.__new__ itself and overrides the other method. A class naming
# object.__new__ as its __new__ below a class with a __new__ written in Python is still
# made by that one, as in CPython (test_descr's test_restored_object_new).

def attempt(label, thunk):
    try:
        print(label, thunk())
    except Exception as exc:
        print(label, type(exc).__name__, exc)


class MadeInPython:
    def __new__(cls, *args, **kwargs):
        raise AssertionError('MadeInPython.__new__')


class RestoresObjectNew(MadeInPython):
    __new__ = object.__new__

    def __init__(self, foo):
        self.foo = foo


attempt('call', lambda: RestoresObjectNew(3).foo)
attempt('object.__new__ with an argument', lambda: type(object.__new__(RestoresObjectNew, 3)).__name__)
attempt('object.__new__ alone', lambda: type(object.__new__(RestoresObjectNew)).__name__)
attempt('object.__init__ with an argument', lambda: object.__init__(object.__new__(RestoresObjectNew), 3))
for _ in range(300):  # the compiled tier's instantiation fast path too
    try:
        RestoresObjectNew(1)
    except TypeError:
        pass
attempt('call after warm-up', lambda: RestoresObjectNew(3).foo)


class Plain:
    def __init__(self, foo):
        self.foo = foo


class SetLater:
    pass


SetLater.__new__ = object.__new__
SetLater.__init__ = lambda self, foo: setattr(self, 'foo', foo)
attempt('plain', lambda: Plain(4).foo)
attempt('object.__new__ set after the class', lambda: SetLater(5).foo)
attempt('no __init__', lambda: type('NoInit', (), {})(1))


class OwnNew:
    def __new__(cls, *args):
        return object.__new__(cls, *args)


attempt('own __new__ passing arguments on', lambda: OwnNew(1))
