"""python3's side of bench/stdlib_stage.mjs: times ast.parse or compile() over the given files.

Run as `stdlib_stage.py parse|compile`; reads {"root", "files"} as one JSON line on
stdin. Every file is read, and run once to find those python3 rejects (they are
skipped, and reported so pyvm skips them too): that first line of output is
{"version", "skipped"}. Then each further "run" line on stdin is one timed run over all
the other files from bytes in memory, answered with {"seconds"}, so that the caller can
alternate python3's runs with its own. Ends at the end of stdin.
"""
import ast
import json
import os
import sys
import time
import warnings

# pyvm's front end issues no warnings; python3's would only add noise and time.
warnings.simplefilter('ignore')

STAGES = {
    'parse': lambda source, path: ast.parse(source, path),
    'compile': lambda source, path: compile(source, path, 'exec'),
}
run = STAGES[sys.argv[1]]

request = json.loads(sys.stdin.readline())
sources = []
for path in request['files']:
    with open(os.path.join(request['root'], path), 'rb') as file:
        sources.append((path, file.read()))

accepted = []
skipped = []
for path, source in sources:
    try:
        run(source, path)
        accepted.append((path, source))
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        skipped.append(path)
print(json.dumps({'version': sys.version.split()[0], 'skipped': skipped}), flush=True)

for line in sys.stdin:
    started = time.perf_counter()
    for path, source in accepted:
        run(source, path)
    print(json.dumps({'seconds': time.perf_counter() - started}), flush=True)
