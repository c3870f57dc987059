# sys functions an interpreter without CPython's allocator or loader still answers:
# call_tracing, dlopen flags, allocator counters, _current_exceptions, audit hooks,
# getsizeof's default, stdlib_module_names and the build attributes.
import sys
import threading

print(sys.call_tracing(divmod, (17, 5)))
print(sys.call_tracing(lambda *args: args, ()))
print(sys.call_tracing(sorted, ([3, 1, 2],)))
try:
    sys.call_tracing(lambda: 1 / 0, ())
except ZeroDivisionError as exc:
    print('call_tracing passes exceptions on:', exc)

flags = sys.getdlopenflags()
print('dlopen flags start as RTLD_NOW:', flags == 2)
sys.setdlopenflags(0x102)
print(hex(sys.getdlopenflags()))
sys.setdlopenflags(-5)
print(sys.getdlopenflags())
sys.setdlopenflags(flags)

print(type(sys.getallocatedblocks()).__name__, sys.getallocatedblocks() >= 0)
print(type(sys._getquickenedcount()).__name__)
print(sys._clear_type_cache())
print(type(sys.getrefcount(object())).__name__)
print(sys._git, repr(sys._framework), sys._home)

print('-- stdlib_module_names')
names = sys.stdlib_module_names
print(type(names).__name__, len(names))
for module in ['os', 'sys', 'asyncio', '_thread', 'winreg', 'this', 'antigravity', 'numpy', 'pip', 'idlelib', 'test']:
    print(module, module in names)
print(sorted(names)[:6])

print('-- _current_exceptions')
current = sys._current_exceptions()
print(list(current) == [threading.get_ident()], current[threading.get_ident()])
try:
    raise LookupError('handled now')
except LookupError as handled:
    kind, value, tb = sys._current_exceptions()[threading.get_ident()]
    print(kind.__name__, value is handled, tb is handled.__traceback__)

print('-- getsizeof')


class Sized:
    def __init__(self, size):
        self.size = size

    def __sizeof__(self):
        return self.size


class Raising:
    def __sizeof__(self):
        raise TypeError('no size')


for sized in [Sized(-1), Sized('big'), Sized(True), Sized(2 ** 70), Raising()]:
    for extra in [(), ('default',)]:
        try:
            print(sys.getsizeof(sized, *extra) - (0 if extra else sys.getsizeof(Sized(0))))
        except Exception as exc:
            print(type(exc).__name__, exc)

print('-- audit hooks')
sys.audit('nobody.listens', 1, 2)
events = []


def listener(event, args):
    if event.startswith('demo.') or event.startswith('sys.'):
        events.append((event, args))


sys.addaudithook(listener)
sys.audit('demo.event', 1, 'two', [3])
sys.audit('demo.nothing')
try:
    sys.audit(5)
except TypeError as exc:
    print('TypeError:', exc)


def refusing(event, args):
    if event == 'sys.addaudithook':
        raise RuntimeError('no more hooks')


sys.addaudithook(refusing)
sys.addaudithook(lambda event, args: print('never added', event))
sys.audit('demo.after')
for event, args in events:
    print(event, args)


def vetoing(event, args):
    if event == 'demo.forbidden':
        raise PermissionError(f'{event} refused')


sys.addaudithook(vetoing)
try:
    sys.audit('demo.forbidden', 'x')
except PermissionError as exc:
    print('PermissionError:', exc)
print(events[-1])
