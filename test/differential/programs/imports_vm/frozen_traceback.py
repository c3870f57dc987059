# Code of CPython's frozen modules is named "<frozen NAME>": tracebacks through it say so.
import os
import traceback

try:
    os.environ['PYVM_SURELY_UNSET_VARIABLE']
except KeyError:
    lines = traceback.format_exc().splitlines()
    print('\n'.join(line for line in lines if 'frozen' in line or 'Error' in line))
print(os.getenv.__code__.co_filename, os.path.join.__code__.co_filename)
import runpy, importlib.util, stat
print(runpy._run_code.__code__.co_filename, importlib.util.find_spec.__code__.co_filename, stat.S_ISDIR.__module__)
import collections.abc, abc, codecs, io
print(collections.abc.Mapping.__init__.__code__.co_filename if hasattr(collections.abc.Mapping.__init__, '__code__') else 'slot',
      abc.ABCMeta.__new__.__code__.co_filename, codecs.lookup.__module__, io.open.__module__)
