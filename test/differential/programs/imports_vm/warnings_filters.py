# The C warnings machinery (_warnings): filters, registries, stack levels, once/error/always actions.
import warnings, sys
print(warnings.filters[:2], warnings.warn.__module__)
def f():
    warnings.warn('in f', DeprecationWarning, stacklevel=2)
f()
warnings.warn('user one')
for i in range(3):
    warnings.warn('repeated')
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    warnings.warn('recorded', RuntimeWarning)
    warnings.warn(UserWarning('instance'))
print([(str(w.message), w.category.__name__, w.lineno) for w in caught])
warnings.filterwarnings('error', message='boom')
try:
    warnings.warn('boom now')
except UserWarning as e:
    print('raised', e)
warnings.simplefilter('once')
warnings.warn('once only'); warnings.warn('once only')
try:
    warnings.warn('x', int)
except TypeError as e:
    print(e)
warnings.warn_explicit('explicit', SyntaxWarning, 'fake.py', 3, module='fakemod', registry={})
def g():
    warnings.warn('deep', stacklevel=5)
g()
print(sorted(k for k in globals() if 'warning' in k))
warnings.resetwarnings()
warnings.showwarning = lambda message, category, filename, lineno, file=None, line=None: print('custom', message, category.__name__, lineno)
warnings.warn('to custom')
