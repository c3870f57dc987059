# Where warn() puts a warning: stacklevel walks up the frames; past the top the warning
# is put on "sys", line 1; the frame's globals give the module name and registry.
import sys
import warnings

caught = []


def record(message, category, filename, lineno, file=None, line=None):
    name = filename if filename in ('sys', '<string>') else filename.rsplit('/', 1)[-1]
    caught.append(f'{name}:{lineno} {category.__name__}: {message}')


warnings.showwarning = record
warnings.simplefilter('default')


def inner(level):
    warnings.warn(f'level {level}', stacklevel=level)


def middle(level):
    inner(level)


def outer(level):
    middle(level)


for level in (-3, 0, 1, 2, 3, 4, 5, 50):
    outer(level)

warnings.warn('module level, 2', stacklevel=2)
(lambda: warnings.warn('from a lambda'))()


def gen():
    warnings.warn('from a generator', stacklevel=2)
    yield 1


for _ in gen():
    pass


class Body:
    warnings.warn('from a class body')


# exec'd code: the globals given decide the module and registry.
exec("warnings.warn('exec, shared globals')")
names = {'warnings': warnings}
exec("warnings.warn('exec, fresh globals')", names)
print('registry made in fresh globals:', '__warningregistry__' in names)
exec("warnings.warn('exec, named')", {'warnings': warnings, '__name__': 'pretend'})
exec("warnings.warn('exec, name is an int')", {'warnings': warnings, '__name__': 12})
exec("warnings.warn('exec, name is None: ignored')", {'warnings': warnings, '__name__': None})
exec("warnings.warn('exec, registry None')", {'warnings': warnings, '__warningregistry__': None})
try:
    exec("warnings.warn('exec, registry not a dict')", {'warnings': warnings, '__warningregistry__': []})
except TypeError as e:
    print('TypeError', e)

print('sys registry:', sorted(k for k in vars(sys).get('__warningregistry__', {}) if k != 'version'))
for line in caught:
    print(line)

# Module names decide the default DeprecationWarning filters: shown in __main__ only.
warnings.showwarning = warnings._showwarning_orig
warnings.resetwarnings()
warnings.filterwarnings('ignore', category=DeprecationWarning)
warnings.filterwarnings('default', category=DeprecationWarning, module='__main__')
caught.clear()
warnings.showwarning = record
exec("warnings.warn('deprecated in a library', DeprecationWarning)", {'warnings': warnings, '__name__': 'library'})
exec("warnings.warn('deprecated in main', DeprecationWarning)", {'warnings': warnings, '__name__': '__main__'})
print(caught)
