# How a warning is shown: through warnings.showwarning / formatwarning when the warnings
# module is loaded, written by _warnings itself (to sys.stderr, as it is then) when not.
import importlib
import io
import sys
import _warnings
import warnings


def captured(action):
    saved = sys.stderr
    sys.stderr = buffer = io.StringIO()
    try:
        action()
    finally:
        sys.stderr = saved
    return buffer.getvalue()


def custom(message, category, filename, lineno, file=None, line=None):
    print('custom showwarning:', category.__name__, message, lineno, line)


warnings.simplefilter('always')
warnings.showwarning = custom
warnings.warn('replaced showwarning')
del warnings.showwarning
print(repr(captured(lambda: warnings.warn('showwarning deleted'))))
warnings.showwarning = warnings._showwarning_orig
warnings.formatwarning = lambda message, category, filename, lineno, line=None: f'[{category.__name__}] {message}\n'
print(repr(captured(lambda: warnings.warn('replaced formatwarning'))))
del warnings.formatwarning
try:
    warnings.warn('formatwarning deleted')
except AttributeError as e:
    print('AttributeError', e)
importlib.reload(warnings)
warnings.simplefilter('always')

saved = warnings._showwarnmsg
warnings._showwarnmsg = 'not callable'
try:
    warnings.warn('x')
except TypeError as e:
    print('TypeError', e)
warnings._showwarnmsg = saved
message_class = warnings.WarningMessage
del warnings.WarningMessage
try:
    warnings.warn('x')
except RuntimeError as e:
    print('RuntimeError', e)
warnings.WarningMessage = message_class

with warnings.catch_warnings(record=True) as caught:
    warnings.warn('with a source', source=[1, 2])
    warnings.warn_explicit('explicit source', UserWarning, 'f.py', 3, source='src')
print([(str(w.message), w.source, w.file, w.line) for w in caught])

# Without the warnings module in sys.modules, _warnings writes the lines itself (and a
# line of the file, not the line module_globals' loader gives).
    # an indented comment, quoted without its indentation

module = sys.modules.pop('warnings')
here = __file__
with open(here) as source_file:
    comment_line = source_file.read().splitlines().index('    # an indented comment, quoted without its indentation') + 1


class Loader:
    def get_source(self, name):
        return 'loader line one\nloader line two\n'


print(repr(captured(lambda: _warnings.warn_explicit('own writing', UserWarning, here, comment_line))))
print(repr(captured(lambda: _warnings.warn_explicit('a blank line', UserWarning, here, comment_line + 1))))
print(repr(captured(lambda: _warnings.warn_explicit('past the end', UserWarning, here, 10000))))
print(repr(captured(lambda: _warnings.warn_explicit('no such file', UserWarning, 'nowhere.py', 1))))
print(repr(captured(lambda: _warnings.warn_explicit('loader line', UserWarning, here, 2,
                                                    module_globals={'__loader__': Loader(), '__name__': 'm'}))))


class Index:
    def __index__(self):
        return True


print(repr(captured(lambda: [10, 20][Index()])))
print('warnings imported again:', 'warnings' in sys.modules)
print(repr(captured(lambda: _warnings.warn('source None: written by _warnings', source=None))))
print('warnings imported again:', 'warnings' in sys.modules)
print(repr(captured(lambda: _warnings.warn('a source imports warnings', source=Index()))))
print('warnings imported again:', 'warnings' in sys.modules, sys.modules['warnings'] is not module)
