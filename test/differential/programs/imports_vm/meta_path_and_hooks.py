# A finder on sys.meta_path and an entry finder from sys.path_hooks are asked as in CPython.
import importlib.abc
import importlib.util
import sys

log = []


class Loader(importlib.abc.Loader):
    def __init__(self, source):
        self.source = source

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        log.append(f'exec {module.__name__}')
        exec(self.source, module.__dict__)


class MetaFinder(importlib.abc.MetaPathFinder):
    modules = {
        'virtual': 'VALUE = 42\n',
        'virtual_pkg': 'NAME = "pkg"\n',
        'virtual_pkg.child': 'from . import NAME as parent_name\n',
    }

    def find_spec(self, fullname, path, target=None):
        log.append(f'find {fullname} {path is None}')
        source = self.modules.get(fullname)
        if source is None:
            return None
        is_package = fullname == 'virtual_pkg'
        return importlib.util.spec_from_loader(fullname, Loader(source), is_package=is_package)


finder = MetaFinder()
sys.meta_path.insert(0, finder)
import virtual
import virtual_pkg.child
import colorsys
print(virtual.VALUE, virtual_pkg.child.parent_name, virtual_pkg.__path__, colorsys.__name__)
print(virtual.__spec__.name, type(virtual.__loader__).__name__, virtual.__spec__.origin)
print(log)
sys.meta_path.remove(finder)
log.clear()


class EntryFinder:
    def __init__(self, entry):
        if not entry.startswith('virtual-entry:'):
            raise ImportError('not mine')
        self.entry = entry

    def find_spec(self, fullname, target=None):
        log.append(f'entry {self.entry} {fullname}')
        if fullname == 'from_entry':
            return importlib.util.spec_from_loader(fullname, Loader('WHERE = "entry"\n'))
        return None

    def invalidate_caches(self):
        pass


sys.path_hooks.insert(0, EntryFinder)
sys.path.append('virtual-entry:one')
import from_entry
print(from_entry.WHERE, type(sys.path_importer_cache['virtual-entry:one']).__name__)
try:
    import not_anywhere_at_all
except ModuleNotFoundError as error:
    print(error)
print(log)
sys.path_hooks.remove(EntryFinder)

sys.modules['blocked'] = None
try:
    import blocked
except ModuleNotFoundError as error:
    print(error, error.name)
