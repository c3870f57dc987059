# The filters, default action and once registry are read from the warnings module each
# time, kept by _warnings when that module loses them, and checked for their types.
import _warnings
import warnings


def attempt(text):
    try:
        warnings.warn(text)
        print('  shown or ignored:', text)
    except Exception as e:
        print(' ', type(e).__name__, e)


def shown(message, category, filename, lineno, file=None, line=None):
    print('  showwarning:', message)


warnings.showwarning = shown
print('shared objects:', warnings.filters is _warnings.filters, warnings.onceregistry is _warnings._onceregistry,
      warnings.defaultaction == _warnings._defaultaction)

print('malformed entries:')
for entry in [('always',), ['always', None, Warning, None, 0], ('always', None, Warning, None, 'zero'),
              ('always', None, Warning, None, 1.0), (3, None, Warning, None, 0), ('shout', None, Warning, None, 0),
              ('always', 'exact', Warning, None, 0), ('always', None, 'Warning', None, 0), ('always', None, Warning, None, 2 ** 70)]:
    warnings.filters[:] = [entry]
    warnings._filters_mutated()
    attempt('exact')

print('a plain str pattern compares the text exactly:')
warnings.filters[:] = [('error', 'exact', Warning, None, 0), ('always', None, Warning, None, 0)]
attempt('exact')
attempt('exactly')
try:
    warnings.warn(12345)
except TypeError as e:
    print('  TypeError', e)


class Pattern:
    def __init__(self, name):
        self.name = name

    def match(self, text):
        print('  match', self.name, repr(text))
        return text.startswith('p')


print('patterns are asked in order, all of them:')
warnings.filters[:] = [('always', Pattern('message'), Warning, Pattern('module'), 0)]
warnings._filters_mutated()
attempt('patterned')
attempt('other')

print('default action:')
warnings.filters[:] = []
warnings.defaultaction = 'error'
attempt('by default')
warnings.defaultaction = ['error']
attempt('default not a str')
warnings.defaultaction = 'always'
attempt('always by default')
print('once registry:')
warnings.defaultaction = 'once'
warnings.onceregistry = ()
try:
    warnings.warn_explicit('once', UserWarning, 'q.py', 1)
except TypeError as e:
    print('  TypeError', e)
mine = {}
warnings.onceregistry = mine
warnings.warn_explicit('once', UserWarning, 'q.py', 1)
warnings.warn_explicit('once', UserWarning, 'q.py', 2)
print('  kept in the new registry:', mine)

print('filters replaced, then deleted:')
warnings.defaultaction = 'default'
warnings.filters = [('error', None, Warning, None, 0)]
attempt('replaced')
del warnings.filters
attempt('deleted: the last list seen still applies')
warnings.filters = ('error', None, Warning, None, 0)
attempt('a tuple')
del warnings.filters
attempt('deleted again')
del warnings.defaultaction
warnings.filters = []
attempt('defaultaction deleted: the last one seen applies')
print('module attributes unchanged:', _warnings._defaultaction, type(_warnings.filters).__name__)
