# Tracebacks through the import statement lose importlib's frames, as in CPython, also when importlib itself imports (a finder of its own on sys.meta_path).
import sys, os, tempfile, importlib.util
d = tempfile.mkdtemp()
with open(os.path.join(d, 'broken.py'), 'w') as f: f.write('x = 1\nraise ValueError("in module body")\n')
with open(os.path.join(d, 'imports_missing.py'), 'w') as f: f.write('import definitely_missing_xyz\n')
sys.path.insert(0, d)
class Finder:
    def find_spec(self, name, path, target=None):
        if name == 'explode': raise RuntimeError('finder exploded')
        return None
sys.meta_path.insert(0, Finder())
import traceback
for stmt in ['import broken', 'import imports_missing', 'import explode', 'import definitely_missing_top']:
    try:
        exec(stmt)
    except Exception:
        print(traceback.format_exc().replace(d, 'D'))
