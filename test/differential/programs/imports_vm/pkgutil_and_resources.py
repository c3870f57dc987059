# pkgutil and importlib.resources over a package in a temporary directory.
import importlib.resources
import os
import pkgutil
import sys
import tempfile

root = tempfile.mkdtemp()
os.makedirs(os.path.join(root, 'bundle', 'inner'))
for name, text in [('bundle/__init__.py', ''), ('bundle/alpha.py', ''), ('bundle/inner/__init__.py', ''),
                   ('bundle/notes.txt', 'some notes\nsecond line\n'), ('solo.py', 'X = 1\n')]:
    with open(os.path.join(root, name), 'w') as f:
        f.write(text)
sys.path.insert(0, root)

import bundle
print(sorted((info.name, info.ispkg) for info in pkgutil.iter_modules(bundle.__path__)))
print(sorted(info.name for info in pkgutil.iter_modules([root])))
print(sorted(info.name for info in pkgutil.walk_packages([root])))
print(pkgutil.get_data('bundle', 'notes.txt'))
print(pkgutil.resolve_name('os.path:join').__name__, pkgutil.resolve_name('json.decoder').__name__)
files = importlib.resources.files('bundle')
print(files.joinpath('notes.txt').read_text().splitlines())
print(sorted(entry.name for entry in files.iterdir() if not entry.name.startswith('__')))
print(importlib.resources.is_resource('bundle', 'notes.txt'), importlib.resources.is_resource('bundle', 'inner'))
with importlib.resources.as_file(files / 'notes.txt') as path:
    print(os.path.basename(path), path.exists())
loader = pkgutil.get_loader('solo')
print(type(loader).__name__, pkgutil.find_loader('solo') is not None)
