# cwd=, env=, shell=True, getoutput/getstatusoutput and os.system.
import os
import subprocess
import sys
import tempfile

with tempfile.TemporaryDirectory() as directory:
    real = os.path.realpath(directory)
    output = subprocess.run(['pwd'], cwd=directory, capture_output=True, text=True).stdout.strip()
    print(output == real)
    with open(os.path.join(directory, 'here.txt'), 'w') as file:
        file.write('x')
    print(subprocess.run(['ls'], cwd=directory, capture_output=True, text=True).stdout)

print(subprocess.run(['sh', '-c', 'echo $FOO-$BAR'], env={'FOO': 'foo', 'BAR': 'bar'}, capture_output=True, text=True).stdout)
print(subprocess.run(['/usr/bin/env'], env={'ONLY': '1'}, capture_output=True, text=True).stdout)
os.environ['PYVM_SUBPROCESS_TEST'] = 'inherited'
print(subprocess.run('echo $PYVM_SUBPROCESS_TEST', shell=True, capture_output=True, text=True).stdout)
del os.environ['PYVM_SUBPROCESS_TEST']
print(subprocess.run('echo [$PYVM_SUBPROCESS_TEST]', shell=True, capture_output=True, text=True).stdout)

print(subprocess.run('echo shell $((6 * 7)) | tr 4 X', shell=True, capture_output=True, text=True).stdout)
print(subprocess.run('exit 5', shell=True).returncode)
print(subprocess.run(['echo $0 $1', 'arg0', 'arg1'], shell=True, capture_output=True, text=True).stdout)
print(subprocess.run(['sh', '-c', 'echo $0'], executable='/bin/sh', capture_output=True, text=True).stdout)

print(repr(subprocess.getoutput('echo out; echo err >&2; exit 1')))
print(subprocess.getstatusoutput('echo status; exit 3'))
print(subprocess.getstatusoutput('kill -9 $$'))

sys.stdout.flush()
status = os.system('echo from system; exit 2')
print(status, os.waitstatus_to_exitcode(status))
