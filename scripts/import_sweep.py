"""Tries `import X` on pyvm for every top-level module of the standard library that
python3 itself can import here, and reports the failures grouped by cause (a missing C
module, a missing name or attribute, an internal error, ...), most common cause first.

Usage: python3 scripts/import_sweep.py [--jobs N] [--timeout SECONDS] [MODULE ...]

Run from the repository root after `node scripts/build.mjs`. With MODULE arguments only
those are tried. Exit status 0 whatever fails: this is a survey, not a test.
"""
import argparse
import collections
import concurrent.futures
import os
import re
import subprocess
import sys

PYVM = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'bin', 'pyvm')
# GUI, Windows-only, and modules whose import has effects (opening a browser, printing).
SKIPPED = {
    'antigravity', 'this', 'idlelib', 'tkinter', 'turtle', 'turtledemo', '_tkinter', 'msvcrt', 'winreg',
    'winsound', 'nt', '_winapi', '_overlapped', 'msilib', '_msi', 'ntpath', '_wmi', 'nturl2path',
}
CAUSES = [
    (re.compile(r"^ModuleNotFoundError: No module named '([^']+)'"), 'missing module {0}'),
    (re.compile(r"^ImportError: cannot import name '([^']+)' from '([^']+)'"), 'missing name {1}.{0}'),
    (re.compile(r"^AttributeError: module '([^']+)' has no attribute '([^']+)'"), 'missing attribute {0}.{1}'),
    (re.compile(r'^SystemError: pyvm internal error: (.*)'), 'internal error: {0}'),
]


def importable_by_python3(names):
    """The modules python3 imports here, each tried in a fresh interpreter (imports have side effects)."""
    def imports(name):
        return subprocess.run([sys.executable, '-c', f'import {name}'], capture_output=True, timeout=60).returncode == 0
    return [name for name in names if imports(name)]


def cause_of(stderr):
    """The failure's cause, from the last line of the traceback."""
    lines = [line for line in stderr.splitlines() if line.strip()]
    last = lines[-1] if lines else '(no output)'
    for pattern, template in CAUSES:
        match = pattern.match(last)
        if match:
            return template.format(*match.groups())
    return last[:160]


def try_import(name, timeout):
    try:
        result = subprocess.run([PYVM, '-c', f'import {name}'], capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return name, f'timeout after {timeout} s'
    return name, None if result.returncode == 0 else cause_of(result.stderr)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--jobs', type=int, default=2)
    parser.add_argument('--timeout', type=float, default=20)
    parser.add_argument('modules', nargs='*')
    options = parser.parse_args()
    candidates = options.modules or sorted(set(sys.stdlib_module_names) - SKIPPED)
    names = importable_by_python3(candidates)
    failures = collections.defaultdict(list)
    with concurrent.futures.ThreadPoolExecutor(options.jobs) as pool:
        for name, cause in pool.map(lambda module: try_import(module, options.timeout), names):
            if cause is not None:
                failures[cause].append(name)
    failed = sum(len(modules) for modules in failures.values())
    unimportable = len(candidates) - len(names)
    print(f'{len(names) - failed} of {len(names)} modules import on pyvm ({unimportable} that python3 cannot import here left out)')
    for cause, modules in sorted(failures.items(), key=lambda item: (-len(item[1]), item[0])):
        print(f'{len(modules):4}  {cause}: {" ".join(sorted(modules))}')


if __name__ == '__main__':
    main()
