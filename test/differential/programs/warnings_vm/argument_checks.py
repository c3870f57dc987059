# warn() and warn_explicit() reject bad arguments with CPython's messages, in its order.
import _warnings
import warnings


def attempt(function, *args, **kwargs):
    try:
        function(*args, **kwargs)
        print('  accepted')
    except Exception as e:
        print(' ', type(e).__name__, e)


warnings.simplefilter('ignore')
print('warn:')
attempt(warnings.warn)
attempt(warnings.warn, 'm', 7)
attempt(warnings.warn, 'm', int)
attempt(warnings.warn, 1, 2)
attempt(warnings.warn, 'm', None, 'deep')
attempt(warnings.warn, 'm', None, 2 ** 80)
attempt(warnings.warn, 'm', None, 1.0)
attempt(warnings.warn, 'm', UserWarning, 1, None, 'extra')
attempt(warnings.warn, 'm', level=2)
attempt(warnings.warn, 'm', message='twice')
attempt(warnings.warn, category=UserWarning)
attempt(warnings.warn, 'm', UserWarning, True, source=None)
attempt(warnings.warn, ['unhashable'], UserWarning)

print('warn_explicit:')
attempt(warnings.warn_explicit)
attempt(warnings.warn_explicit, 'm', UserWarning)
attempt(warnings.warn_explicit, 'm', UserWarning, b'file.py', 1)
attempt(warnings.warn_explicit, 'm', UserWarning, 3)
attempt(warnings.warn_explicit, 'm', UserWarning, 'file.py', '1')
attempt(warnings.warn_explicit, 'm', UserWarning, 'file.py', 2.5)
attempt(warnings.warn_explicit, 'm', UserWarning, 'file.py', 2 ** 31)
attempt(warnings.warn_explicit, 'm', UserWarning, 'file.py', -2 ** 31 - 1)
attempt(warnings.warn_explicit, 'm', UserWarning, 'file.py', 1, None, 'not a dict')
attempt(warnings.warn_explicit, 'm', UserWarning, 'file.py', 1, 'mod', 'not a dict')
attempt(warnings.warn_explicit, 'm', UserWarning, 'file.py', 1, module_globals=[])
attempt(warnings.warn_explicit, 'm', UserWarning, 'file.py', 1, colour='red')
attempt(warnings.warn_explicit, 'm', UserWarning, 'file.py', 1, lineno=2)
attempt(warnings.warn_explicit, 1, 2, 3, 4, 5, 6, 7, 8, 9)
attempt(warnings.warn_explicit, 'm', UserWarning, 7, colour='red')
attempt(warnings.warn_explicit, '42', int, 'file.py', 1)
attempt(warnings.warn_explicit, 'x', None, 'file.py', 1)
print('_filters_mutated:')
attempt(_warnings._filters_mutated, 1)
attempt(_warnings._filters_mutated, flag=1)


class Loader:
    def __init__(self, source):
        self.source = source

    def get_source(self, name):
        print('  get_source', name)
        return self.source


print('module_globals:')
text = 'first\r\nsecond\x0bthird\u2028fourth'
for lineno in (1, 4, 5, 0, -2):
    attempt(warnings.warn_explicit, 'm', UserWarning, 'file.py', lineno,
            module_globals={'__loader__': Loader(text), '__name__': 'fake'})
attempt(warnings.warn_explicit, 'm', UserWarning, 'file.py', 1, module_globals={'__loader__': Loader(b'bytes'), '__name__': 'fake'})
attempt(warnings.warn_explicit, 'm', UserWarning, 'file.py', 1, module_globals={'__loader__': Loader(None), '__name__': 'fake'})
attempt(warnings.warn_explicit, 'm', UserWarning, 'file.py', 1, module_globals={'__loader__': Loader(text)})
attempt(warnings.warn_explicit, 'm', UserWarning, 'file.py', 1, module_globals={'__loader__': object(), '__name__': 'fake'})

print('signatures:', _warnings.warn.__text_signature__, _warnings.warn.__name__, _warnings.warn_explicit.__doc__)
