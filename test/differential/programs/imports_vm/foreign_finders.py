# Finders of a program's own ahead of importlib's on sys.meta_path: one that declines
# (the import goes on to the path finder), one whose spec is loaded, one that puts the
# module in sys.modules itself, one that fails, one with only the old find_module, and
# a circular import through a finder's package.
import importlib.abc
import importlib.machinery
import importlib.util
import sys
import types

calls = []


class Declining:
    def find_spec(self, fullname, path, target=None):
        calls.append(("declining", fullname, path if path is None else "path"))
        return None


class SourceLoader(importlib.abc.Loader):
    def __init__(self, sources):
        self.sources = sources

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        calls.append(("exec", module.__name__))
        exec(self.sources[module.__name__], module.__dict__)


SOURCES = {
    "made": "VALUE = 42\n",
    "circle": "import circle.inner\n",
    "circle.inner": "from circle import missing_name\n",
    "self_registering": "",
}


class Providing:
    def find_spec(self, fullname, path, target=None):
        if fullname == "self_registering":
            module = types.ModuleType(fullname)
            module.__spec__ = importlib.machinery.ModuleSpec(fullname, SourceLoader(SOURCES), origin="registered")
            sys.modules[fullname] = module
            return importlib.util.spec_from_loader(fullname, SourceLoader(SOURCES))
        if fullname not in SOURCES:
            return None
        is_package = fullname == "circle"
        spec = importlib.util.spec_from_loader(fullname, SourceLoader(SOURCES), is_package=is_package)
        return spec


class Failing:
    def find_spec(self, fullname, path, target=None):
        if fullname == "explodes":
            raise RuntimeError("finder failed for " + fullname)
        return None


sys.meta_path[:0] = [Declining(), Providing(), Failing()]

import colorsys
import made

print(made.VALUE, made.__spec__.origin, type(made.__loader__).__name__, colorsys.__name__)
import self_registering

print(self_registering.__spec__.origin, "self_registering" in sys.modules)
try:
    import explodes
except RuntimeError as error:
    print("RuntimeError", error)
try:
    import circle
except ImportError as error:
    print(type(error).__name__, error)
try:
    import nowhere_at_all
except ModuleNotFoundError as error:
    print("ModuleNotFoundError", error, error.name)
print([c for c in calls if c[1] in ("colorsys", "made", "self_registering", "explodes", "circle", "circle.inner", "nowhere_at_all")])

del sys.meta_path[:3]


class OldStyle:
    def find_module(self, fullname, path=None):
        calls.append(("find_module", fullname))
        return None


calls.clear()
sys.meta_path.insert(0, OldStyle())
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    import shlex
print(shlex.__name__, calls, [str(w.message)[:60] for w in caught])
