# Development mode (-X dev or PYTHONDEVMODE), in child interpreters: sys.flags.dev_mode, the
# 'default' warning option it puts first, and codec arguments checked even when there is
# nothing to encode or decode.
import os
import subprocess
import sys

CHILD = '''
import sys, warnings
print('dev_mode', sys.flags.dev_mode, 'warnoptions', sys.warnoptions, 'xoptions', sys._xoptions)
print('first filter', warnings.filters[0][0], warnings.filters[0][2].__name__)
checks = [
    lambda: str(b'', encoding='no-such-codec'),
    lambda: str(b'', errors='no-such-handler'),
    lambda: str(b'data', 'latin-1', errors='no-such-handler'),
    lambda: b''.decode('ascii', 'no-such-handler'),
    lambda: ''.encode(errors='no-such-handler'),
    lambda: 'data'.encode('utf-8', 'no-such-handler'),
    lambda: 'data'.encode('cp1252', 'strict'),
    lambda: b''.decode('cp437', 'surrogateescape'),
]
for check in checks:
    try:
        print('  ', repr(check()))
    except LookupError as exc:
        print('   LookupError:', exc)
'''


def run(options, environment=None):
    env = dict(os.environ)
    env.pop('PYTHONWARNINGS', None)
    env.pop('PYTHONDEVMODE', None)
    env.update(environment or {})
    result = subprocess.run([sys.executable, *options, '-c', CHILD], capture_output=True, text=True, env=env)
    print('$', ' '.join(options), environment or '')
    print(result.stdout, end='')
    print(result.stderr, end='')


run([])
run(['-X', 'dev'])
run(['-W', 'error'], {'PYTHONDEVMODE': '1'})
