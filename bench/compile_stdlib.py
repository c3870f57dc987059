"""python3's side of bench/compile_stdlib.mjs: times compile() over the given files.

Reads {"root", "files", "repeats"} as JSON on stdin. Every file is read, and compiled
once to find those python3 rejects (they are skipped, and reported so pyvm skips them
too), before the timed runs: each run compiles all the other files from bytes in
memory, as compile(source_bytes, filename, 'exec'). Prints one JSON line with the run
times.
"""
import json
import os
import sys
import time
import warnings

# pyvm's compiler issues no warnings; python3's would only add noise and time.
warnings.simplefilter('ignore')

request = json.load(sys.stdin)
sources = []
for path in request['files']:
    with open(os.path.join(request['root'], path), 'rb') as file:
        sources.append((path, file.read()))

compilable = []
skipped = []
for path, source in sources:
    try:
        compile(source, path, 'exec')
        compilable.append((path, source))
    except SyntaxError:
        skipped.append(path)

run_seconds = []
for _ in range(request['repeats']):
    started = time.perf_counter()
    for path, source in compilable:
        compile(source, path, 'exec')
    run_seconds.append(time.perf_counter() - started)

print(json.dumps({
    'version': sys.version.split()[0],
    'skipped': skipped,
    'runSeconds': run_seconds,
}))
