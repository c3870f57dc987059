# breakpoint() calls sys.breakpointhook; the default hook calls what $PYTHONBREAKPOINT
# names (nothing for "0"), warning about names it cannot import.
import os
import sys
import warnings

print(sys.breakpointhook is sys.__breakpointhook__, breakpoint.__name__)
os.environ['PYTHONBREAKPOINT'] = 'int'
print(breakpoint('7'))
os.environ['PYTHONBREAKPOINT'] = 'operator.add'
print(breakpoint(2, 3))
os.environ['PYTHONBREAKPOINT'] = '0'
print(breakpoint())
for setting in ('.', '..', '.int', 'int.', 'nosuchbuiltin', 'no_such_module.hook', 'os.no_such_function'):
    os.environ['PYTHONBREAKPOINT'] = setting
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        result = breakpoint()
    print(result, [(w.category.__name__, str(w.message)) for w in caught])


def hook(*args, **kwargs):
    print('hook', args, kwargs)
    return 'from hook'


sys.breakpointhook = hook
print(breakpoint(1, 2, three=3))
sys.breakpointhook = sys.__breakpointhook__
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as error:
    print('RuntimeError:', error)
