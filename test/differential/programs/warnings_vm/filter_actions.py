# Each filter action against repeated warnings: what reaches catch_warnings' record, and
# what the module registry (__warningregistry__) and explicit registries keep.
import warnings


def ring(text, category=UserWarning):
    warnings.warn(text, category)


def summary(caught):
    return [(w.category.__name__, str(w.message), w.lineno) for w in caught]


for action in ('default', 'always', 'once', 'module', 'ignore'):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter(action)
        for _ in range(3):
            ring('bell')
            ring('gong', RuntimeWarning)
            warnings.warn('chime')
        shared = {}
        for lineno in (7, 7, 8):
            warnings.warn_explicit('tick', UserWarning, 'clock.py', lineno, registry=shared)
            warnings.warn_explicit('tock', UserWarning, 'clock.py', lineno)
    print(action, len(caught), summary(caught))
    print('  shared registry:', shared.get('version') is not None, sorted((k[0], len(k), k[2] if len(k) == 3 else None) for k in shared if k != 'version'))

print(sorted(k[:1] + k[2:] for k in __warningregistry__ if k != 'version'))

# "once" with explicit registries: each registry remembers on its own; without one, the
# once registry decides.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('once')
    first, second = {}, {}
    warnings.warn_explicit('solo', UserWarning, 'a.py', 1, registry=first)
    warnings.warn_explicit('solo', UserWarning, 'b.py', 2, registry=second)
    warnings.warn_explicit('solo', UserWarning, 'c.py', 3)
    warnings.warn_explicit('solo', UserWarning, 'd.py', 4)
    print('once:', summary(caught))
    print(' ', first, second)
    print('  onceregistry:', warnings.onceregistry)

# "error" raises the warning instance itself.
with warnings.catch_warnings():
    warnings.simplefilter('error')
    mine = FutureWarning('exact object')
    try:
        warnings.warn(mine)
    except FutureWarning as e:
        print('raised the same object:', e is mine)
    try:
        warnings.warn('made here', BytesWarning)
    except BytesWarning as e:
        print('raised', repr(e))

# Filters with a message pattern, a module pattern and a line number.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('ignore')
    warnings.filterwarnings('always', message='keep')
    warnings.filterwarnings('always', module='__ma')
    warnings.filterwarnings('error', lineno=70)
    warnings.warn_explicit('keep me', UserWarning, 'x.py', 1, module='elsewhere')
    warnings.warn_explicit('drop me', UserWarning, 'x.py', 1, module='elsewhere')
    warnings.warn_explicit('kept by module', UserWarning, 'x.py', 1, module='__main__')
    try:
        warnings.warn_explicit('line 70', UserWarning, 'x.py', 70)
    except UserWarning as e:
        print('line filter raised', e)
    print(summary(caught))

# Changing the filters empties every registry at its next use (the version goes up).
def repeat():
    warnings.warn('again')


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('default')
    repeat()
    repeat()
    before = __warningregistry__['version']
    warnings.filterwarnings('default', category=DeprecationWarning)
    repeat()
    print(len(caught), __warningregistry__['version'] - before)
