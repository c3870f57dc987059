"""multiprocessing's fork start method, as pyvm makes it.

pyvm cannot fork(): a child process is a pyvm interpreter on a worker thread of the same
OS process (the _pyvm_process module). What a forked child would have as a copy of its
parent's memory, this child gets as an image: its parent's __main__ namespace and the
Process object to run, pickled so that what a forked child simply has but pickle takes
by reference (functions and classes defined in __main__, nested or not) goes by value.
What pickle cannot take at all (an open file, a generator, a thread lock held in
__main__) the child goes without.

install() puts this into multiprocessing.popen_fork.Popen once that module has loaded;
the rest of multiprocessing runs as it does on CPython.
"""

import importlib
import io
import marshal
import os
import pickle
import struct
import sys
import types

import _pyvm_process
from multiprocessing import context, util
from multiprocessing.reduction import ForkingPickler

# The length of each of the image's pickles of __main__'s values.
_LENGTH = struct.Struct('<Q')

# What a __main__ holds that is its own rather than a copy of its parent's.
_NOT_COPIED = frozenset({'__name__', '__builtins__', '__loader__', '__spec__'})

# Class attributes that class creation makes itself.
_MADE_BY_CLASS_CREATION = frozenset({'__dict__', '__weakref__', '_abc_impl'})


class _EmptyCell:
    """Stands for the value of a closure cell with nothing in it yet."""


def install(popen_fork):
    """Makes popen_fork.Popen start its child as pyvm does (see the module's doc)."""
    popen_fork.Popen._launch = _launch
    popen_fork.Popen.duplicate_for_child = _duplicate_for_child
    popen_fork.Popen.DupFd = _DupFd


# ---------------------------------------------------------------- the parent's side

def _launch(self, process_obj):
    parent_r, child_w = os.pipe()
    child_r, parent_w = os.pipe()
    # The descriptors the child owns: its copies, which it closes when it ends.
    self._child_fds = []
    try:
        # The child holds child_w open until it ends (parent_r, the sentinel, then reads
        # end of file), and reads child_r to learn whether its parent still lives.
        self.duplicate_for_child(child_w)
        parent_sentinel = self.duplicate_for_child(child_r)
        context.set_spawning_popen(self)
        try:
            image = _image_of_parent(process_obj, parent_sentinel)
        finally:
            context.set_spawning_popen(None)
        self.pid = _pyvm_process.start_child(image, self._child_fds)
    except BaseException:
        for fd in self._child_fds + [parent_r, parent_w]:
            os.close(fd)
        raise
    finally:
        os.close(child_w)
        os.close(child_r)
    self.finalizer = util.Finalize(self, util.close_fds, (parent_r, parent_w))
    self.sentinel = parent_r


def _duplicate_for_child(self, fd):
    duplicate = os.dup(fd)
    self._child_fds.append(duplicate)
    return duplicate


class _DupFd:
    """A descriptor the child is given (what multiprocessing.reduction.DupFd hands over)."""

    def __init__(self, fd):
        self.fd = fd

    def detach(self):
        return self.fd


def _image_of_parent(process_obj, parent_sentinel):
    """__main__'s names and values, one pickle each after its length; a length 0; then the Process and its sentinel."""
    buffer = io.BytesIO()
    pickler = _ForkPickler(buffer, pickle.HIGHEST_PROTOCOL)
    for name, value in list(vars(sys.modules['__main__']).items()):
        if name not in _NOT_COPIED:
            _dump_if_picklable(pickler, buffer, (name, value))
    buffer.write(_LENGTH.pack(0))
    pickler.dump((process_obj, parent_sentinel))
    return buffer.getvalue()


def _dump_if_picklable(pickler, buffer, item):
    # The pickles share the pickler's memo, so that what several names refer to stays
    # one object in the child; a pickle that fails takes back what it wrote and memoized.
    # Each goes after its length, so that the child can pass over one it cannot load (a
    # value of a class it cannot import).
    start = buffer.tell()
    memoized = len(pickler.memo)
    buffer.write(bytes(_LENGTH.size))
    try:
        pickler.dump(item)
    except Exception:
        buffer.seek(start)
        buffer.truncate()
        for key in list(pickler.memo)[memoized:]:
            del pickler.memo[key]
        return
    end = buffer.tell()
    buffer.seek(start)
    buffer.write(_LENGTH.pack(end - start - _LENGTH.size))
    buffer.seek(end)


class _ForkPickler(ForkingPickler):
    """multiprocessing's pickler, taking by value what a forked child would have anyway."""

    def reducer_override(self, obj):
        if isinstance(obj, types.FunctionType) and obj.__globals__ is vars(sys.modules['__main__']):
            return _function_by_value(obj)
        if isinstance(obj, type) and obj.__module__ == '__main__':
            return _class_by_value(obj)
        if isinstance(obj, types.ModuleType):
            return _module, (obj.__name__,)
        if type(obj) in (staticmethod, classmethod):
            return type(obj), (obj.__func__,)
        if type(obj) is property:
            return property, (obj.fget, obj.fset, obj.fdel, obj.__doc__)
        synchronize = sys.modules.get('multiprocessing.synchronize')
        if synchronize is not None and isinstance(obj, synchronize.SemLock):
            # (SemLock.__getstate__ refuses a lock of the fork context: a forked child shares it.)
            semlock = obj._semlock
            return _semlock, (type(obj), (semlock.handle, semlock.kind, semlock.maxvalue, semlock.name))
        return NotImplemented


def _function_by_value(func):
    cells = tuple(_cell_value(cell) for cell in func.__closure__ or ())
    state = (func.__qualname__, func.__defaults__, func.__kwdefaults__, func.__dict__,
             func.__annotations__, func.__doc__, func.__module__, cells)
    # Made first, then given its state: its state may refer to the function itself.
    return _function, (marshal.dumps(func.__code__), func.__name__, len(cells)), state, None, None, _set_function_state


def _cell_value(cell):
    try:
        return cell.cell_contents
    except ValueError:
        return _EmptyCell


def _class_by_value(cls):
    basics = {'__module__': cls.__module__, '__qualname__': cls.__qualname__}
    if '__slots__' in vars(cls):
        basics['__slots__'] = cls.__slots__
    slots = basics.get('__slots__', ())
    slots = {slots} if isinstance(slots, str) else set(slots)
    attributes = {name: value for name, value in vars(cls).items()
                  if name not in _MADE_BY_CLASS_CREATION and name not in basics and name not in slots}
    return _class, (type(cls), cls.__name__, cls.__bases__, basics), attributes, None, None, _set_class_state


# ---------------------------------------------------------------- the child's side

def prepare_child():
    """Imports, before this interpreter is told which child it is, the modules of
    multiprocessing a child most often needs (a Pool's worker, a Queue's reader), which a
    forked child would have found loaded already."""
    for name in ('multiprocessing.connection', 'multiprocessing.synchronize', 'multiprocessing.queues',
                 'multiprocessing.pool'):
        importlib.import_module(name)


class _Point:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


def warm_up():
    """A few milliseconds of the most common Python code (loops, calls, int and float
    arithmetic, generators, attribute, item and dict access), run while this interpreter
    waits to be told which child it is, so that V8 has compiled pyvm's eval loop before
    the child runs: a forked child inherits its parent's compiled code, a new interpreter
    has none, and compiling it while the child works slows the child down."""
    table = {}
    points = [_Point(i, i * 0.5) for i in range(100)]
    total = sum(p.x * p.x + int(p.y) for p in points)
    table[total % 7] = table.get(total % 7, 0) + total
    items = sorted(points, key=lambda p: -p.x)[:10]
    text = ' '.join(str(p.x) for p in items)
    table[text[:3]] = len(text)
    return table


def run_child(image, environ):
    """Takes the parent's environment, loads the image into this (fresh) __main__ and
    runs the Process: its exit code."""
    # (This interpreter may have started up a while ago, with the environment of then.)
    if os.environ != environ:
        os.environ.clear()
        os.environ.update(environ)
    stream = io.BytesIO(image)
    unpickler = _ImageUnpickler(stream)
    main = vars(sys.modules['__main__'])
    while length := _LENGTH.unpack(stream.read(_LENGTH.size))[0]:
        end = stream.tell() + length
        unpickler.unloadable = False
        try:
            name, value = unpickler.load()
        except Exception:
            stream.seek(end)
            continue
        # What the parent had but the child cannot load (a value of a class it cannot
        # import) it goes without, as without what pickle could not take.
        if not unpickler.unloadable:
            main[name] = value
    process_obj, parent_sentinel = unpickler.load()
    return process_obj._bootstrap(parent_sentinel=parent_sentinel)


class _ImageUnpickler(pickle.Unpickler):
    """Loads a value of a class the child cannot import as an _Unloadable, noting it:
    the pickle goes on to its end, so that what the later ones refer to in it is there."""

    unloadable = False

    def find_class(self, module, name):
        try:
            return super().find_class(module, name)
        except (ImportError, AttributeError):
            self.unloadable = True
            return _Unloadable


class _Unloadable:
    """Stands for a class the child could not import, and for what it would have made."""

    def __new__(cls, *args, **kwargs):
        return object.__new__(cls)

    def __init__(self, *args, **kwargs):
        pass

    def __call__(self, *args, **kwargs):
        return _Unloadable()

    def __setstate__(self, state):
        pass

    def __setitem__(self, key, value):
        pass

    def append(self, item):
        pass

    def extend(self, items):
        pass

    def add(self, item):
        pass


def _module(name):
    return sys.modules['__main__'] if name == '__main__' else importlib.import_module(name)


def _function(code, name, cell_count):
    closure = tuple(types.CellType() for _ in range(cell_count)) or None
    return types.FunctionType(marshal.loads(code), vars(sys.modules['__main__']), name, None, closure)


def _set_function_state(func, state):
    qualname, defaults, kwdefaults, attributes, annotations, doc, module, cells = state
    func.__qualname__ = qualname
    func.__defaults__ = defaults
    func.__kwdefaults__ = kwdefaults
    func.__dict__.update(attributes)
    func.__annotations__ = annotations
    func.__doc__ = doc
    func.__module__ = module
    for cell, value in zip(func.__closure__ or (), cells):
        if value is not _EmptyCell:
            cell.cell_contents = value


def _class(metaclass, name, bases, basics):
    return types.new_class(name, bases, {'metaclass': metaclass}, lambda namespace: namespace.update(basics))


def _set_class_state(cls, attributes):
    for name, value in attributes.items():
        setattr(cls, name, value)


def _semlock(cls, state):
    lock = cls.__new__(cls)
    lock.__setstate__(state)
    return lock
