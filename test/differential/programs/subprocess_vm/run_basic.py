# subprocess.run, check_output and check_call on real child processes.
import subprocess
import sys

result = subprocess.run(['echo', 'hi'])
print(result)
sys.stdout.flush()

result = subprocess.run(['echo', 'hi', 'there'], capture_output=True, text=True)
print(result)
print(repr(result.stdout), result.returncode)

print(subprocess.check_output(['printf', 'a\\nb\\n']))
print(subprocess.check_output(['printf', 'x y'], text=True).split())

try:
    subprocess.check_call(['false'])
except subprocess.CalledProcessError as error:
    print(repr(error))
    print(error)
    print(error.returncode, error.cmd)

try:
    subprocess.check_output(['sh', '-c', 'echo partial; exit 4'])
except subprocess.CalledProcessError as error:
    print(error, error.output)

for command in ['exit 0', 'exit 3', 'exit 255', 'kill -9 $$', 'kill -TERM $$', 'kill -INT $$']:
    print(command, subprocess.run(['sh', '-c', command]).returncode)

try:
    subprocess.run(['sh', '-c', 'kill -9 $$'], check=True)
except subprocess.CalledProcessError as error:
    print(error)
