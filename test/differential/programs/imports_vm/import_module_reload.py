# importlib.import_module, reload and find_spec on a package made in a temporary directory.
import importlib
import importlib.util
import os
import shutil
import sys
import tempfile

root = tempfile.mkdtemp()


def write(relative, text):
    path = os.path.join(root, relative)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write(text)


write('shapes/__init__.py', 'from .square import Square\nKIND = "package"\n')
write('shapes/square.py', 'class Square:\n    sides = 4\n')
write('shapes/round/__init__.py', '')
write('shapes/round/circle.py', 'from ..square import Square\nRADIUS = 1\n')
write('counter.py', 'count = 1\n')
sys.path.insert(0, root)

shapes = importlib.import_module('shapes')
print(shapes.KIND, shapes.Square.sides, shapes.__name__, shapes.__package__)
circle = importlib.import_module('shapes.round.circle')
print(circle.RADIUS, circle.Square is shapes.Square, circle.__package__)
print(importlib.import_module('.square', 'shapes').Square.__module__)
print(importlib.import_module('..square', 'shapes.round').__name__)
print('shapes.round' in sys.modules, shapes.round.circle is circle)

spec = importlib.util.find_spec('counter')
print(spec.name, spec.parent == '', spec.has_location, os.path.basename(spec.origin), spec.submodule_search_locations)
print(type(spec.loader).__name__, spec.loader.name)
package_spec = importlib.util.find_spec('shapes.round')
print(package_spec.name, package_spec.parent, [os.path.relpath(p, root) for p in package_spec.submodule_search_locations])
print(importlib.util.find_spec('no_such_module_here'), importlib.util.find_spec('shapes.missing'))

counter = importlib.import_module('counter')
print(counter.count)
write('counter.py', 'count = 2\nextra = "added on reload"\n')
importlib.invalidate_caches()
again = importlib.reload(counter)
print(again is counter, counter.count, counter.extra)

for bad in ['', '.relative']:
    try:
        importlib.import_module(bad)
    except (ValueError, TypeError) as error:
        print(type(error).__name__, error)
try:
    importlib.reload('counter')
except TypeError as error:
    print(error)

sys.path.remove(root)
shutil.rmtree(root)
