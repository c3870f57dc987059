# Descriptors and dicts at the edges: a data descriptor without __get__, a lookup that
# changes the class, member descriptors, __dict__ of classes and modules, and objects
# whose methods are found on the instance or through __getattr__.
import pickle
import sys
import types


class SetOnly:
    def __set__(self, obj, value):
        obj.__dict__['a'] = value


class WithSetOnly:
    a = SetOnly()


w = WithSetOnly()
print(type(w.a).__name__)
w.a = 42
print(w.a)


def lookup_changes_class():
    class Evil:
        def __hash__(self):
            return hash('attr')

        def __eq__(self, other):
            try:
                del Host.attr
            except AttributeError:
                pass
            return False

    class Descr:
        def __get__(self, obj, owner=None):
            return 'from descriptor'

    class Host:
        attr = Descr()

    host = Host()
    host.__dict__[Evil()] = 0
    print(host.attr, hasattr(host, 'attr'))


lookup_changes_class()

# property.__set_name__ counts its arguments itself.
for count in (0, 1, 3):
    try:
        property().__set_name__(*[0] * count)
    except TypeError as error:
        print(error)

# Bound slot wrappers know their class; some attributes are members.
print([].__add__.__objclass__, type(types.FunctionType.__globals__).__name__, type(complex.real).__name__)
for target, name in [(lambda: None, '__globals__'), (1j, 'real'), (slice(1), 'start')]:
    try:
        setattr(target, name, 0)
    except AttributeError as error:
        print(name, error)


# __dict__ of classes and modules is their own, whatever a mixin says.
class Base:
    pass


class Meta(type, Base):
    pass


class WithMeta(metaclass=Meta):
    x = 1


class Module(types.ModuleType, Base):
    pass


print(type(WithMeta.__dict__).__name__, 'x' in WithMeta.__dict__)
for target in (WithMeta, Module('m')):
    for action in (lambda: setattr(target, '__dict__', {}), lambda: delattr(target, '__dict__'),
                   lambda: Base.__dict__['__dict__'].__set__(target, {})):
        try:
            action()
        except (AttributeError, TypeError) as error:
            print(type(error).__name__, error)
instance = Base()
instance.x = 1
del instance.__dict__
print(instance.__dict__)
error = ValueError()
try:
    del error.__dict__
except TypeError as e:
    print(e)


class BadDictModule(types.ModuleType):
    __dict__ = property(lambda self: 'not a dict')


try:
    dir(BadDictModule('b'))
except TypeError as e:
    print(e)


# print() and the file's write attribute.
class Writer:
    def __init__(self):
        self.write = lambda text: sys.stdout.write(text.upper())


print('instance attribute', file=Writer())
try:
    print('x', file=object())
except AttributeError as e:
    print(e)


# SimpleNamespace: __dict__, pickling, repr of odd keys, equality without hashing.
ns = types.SimpleNamespace(a=1)
print(ns.__dict__, ns.__reduce__(), pickle.loads(pickle.dumps(ns)) == ns)
ns.__dict__[5] = 0
print(ns)
try:
    ns.__dict__ = {}
except AttributeError as e:
    print(e)
try:
    hash(ns)
except TypeError as e:
    print('unhashable')
print(types.SimpleNamespace(x=1) != types.SimpleNamespace(x=2))

# Code objects cannot be pickled.
for protocol in range(3):
    try:
        pickle.dumps(compile('1', 'f', 'eval'), protocol)
    except TypeError as e:
        print(protocol, e)
