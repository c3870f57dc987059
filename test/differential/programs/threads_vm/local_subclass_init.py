# threading.local subclasses: __init__ runs again, with the constructor's arguments, the
# first time each other thread touches the object; a failing __init__ leaves that thread
# without a __dict__ (and is retried); plain locals refuse arguments; the __dict__ itself
# cannot be replaced; None-valued class defaults are seen until a thread sets its own.
import threading

log = []


class Counter(threading.local):
    limit = None

    def __init__(self, start, *, step=1):
        log.append(('init', threading.current_thread().name, start, step))
        self.value = start
        self.step = step

    def bump(self):
        self.value += self.step
        return self.value


counter = Counter(10, step=5)
counter.bump()


def work(rounds):
    for _ in range(rounds):
        counter.bump()
    log.append(('saw', threading.current_thread().name, counter.value, counter.limit, sorted(vars(counter))))


for name, rounds in (('a', 1), ('b', 3)):
    t = threading.Thread(target=work, args=(rounds,), name=name)
    t.start()
    t.join()
for entry in log:
    print(entry)
print('main', counter.value, counter.limit, type(counter).__mro__[1:])


class Picky(threading.local):
    def __init__(self, owner):
        if threading.current_thread().name != owner:
            raise PermissionError(f'only {owner} may use this')
        self.owner = owner


picky = Picky('MainThread')
errors = []


def touch():
    for _ in range(2):
        try:
            picky.owner
        except PermissionError as e:
            errors.append(str(e))


t = threading.Thread(target=touch, name='intruder')
t.start()
t.join()
print(errors, picky.owner)

for attempt in (lambda: threading.local(1), lambda: threading.local(key='v')):
    try:
        attempt()
    except TypeError as e:
        print('TypeError:', e)

plain = threading.local()
print(repr(plain).split(' at ')[0], vars(plain), plain.__dict__ is vars(plain))
for action in (lambda: setattr(plain, '__dict__', {}), lambda: delattr(plain, '__dict__'),
               lambda: plain.missing, lambda: delattr(plain, 'missing')):
    try:
        action()
    except AttributeError as e:
        print('AttributeError:', e)
plain.x = None
print(plain.x, getattr(plain, 'y', 'default'))
