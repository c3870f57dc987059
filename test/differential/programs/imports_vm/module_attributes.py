# The import attributes CPython's importlib gives modules: built-in, frozen and source.
import _imp
import importlib.machinery
import json
import os
import sys

for module in [sys, _imp, os, os.path, json, importlib.machinery]:
    spec = module.__spec__
    loader = spec.loader
    loader_name = loader.__name__ if isinstance(loader, type) else type(loader).__name__
    origin = spec.origin if spec.origin in ('built-in', 'frozen') else os.path.relpath(spec.origin, os.path.dirname(os.__file__))
    print(module.__name__, spec.name, loader_name, origin, spec.parent, spec.has_location, module.__loader__ is loader)

print(repr(sys.__spec__))
print(repr(os.__spec__))
print(os.__spec__.loader_state.origname, os.path.basename(os.__spec__.loader_state.filename))
print(hasattr(os, '__cached__'), os.path.basename(os.__file__), hasattr(sys, '__file__'))
print(json.__spec__.submodule_search_locations == [os.path.dirname(json.__file__)])
print(json.__package__, json.decoder.__package__, json.decoder.__spec__.parent)
print([key for key in vars(json) if key.startswith('__')])
print(type(json.__builtins__).__name__)
print(__spec__, type(__loader__).__name__, __loader__.name)
print([key for key in globals() if key.startswith('__')])
print([finder for finder in sys.meta_path if getattr(finder, '__module__', '').startswith('_frozen')])
print([getattr(hook, '__qualname__', hook) for hook in sys.path_hooks])
print('_frozen_importlib' in sys.modules, sys.modules['_frozen_importlib_external'].__name__)
import importlib._bootstrap as bootstrap
print(bootstrap.__name__, bootstrap is sys.modules['_frozen_importlib'], bootstrap.ModuleSpec.__module__)
print(sys.implementation.cache_tag is not None, sys.dont_write_bytecode in (True, False))
