# Warnings raised while a module is being imported: stacklevel skips importlib's own
# frames, so stacklevel=2 names the importing line; the importing module's registry and
# __name__ decide, and DeprecationWarning is shown for __main__ only.
import os
import sys
import tempfile
import warnings

MODULE = '''\
import warnings
warnings.warn("while importing")
warnings.warn("blamed on the importer", stacklevel=2)
warnings.warn("two levels past the importer", stacklevel=3)
warnings.warn("deprecated inside", DeprecationWarning)


def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)


def old_api_here():
    warnings.warn("old_api_here is deprecated", DeprecationWarning)
'''

caught = []


def record(message, category, filename, lineno, file=None, line=None):
    caught.append(f'{os.path.basename(filename)}:{lineno} {category.__name__}: {message}')


warnings.showwarning = record
with tempfile.TemporaryDirectory() as directory:
    with open(os.path.join(directory, 'noisy_module_for_warnings.py'), 'w') as f:
        f.write(MODULE)
    sys.path.insert(0, directory)
    try:
        import noisy_module_for_warnings
    finally:
        sys.path.remove(directory)
noisy_module_for_warnings.old_api()
noisy_module_for_warnings.old_api_here()
for line in caught:
    print(line)
registry = noisy_module_for_warnings.__warningregistry__
print(sorted((k[0], k[2]) for k in registry if k != 'version'))
print(sorted((k[0], k[2]) for k in __warningregistry__ if k != 'version'))
