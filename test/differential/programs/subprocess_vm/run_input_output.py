# Feeding a child's stdin and collecting its stdout and stderr, small and large.
import subprocess

print(subprocess.run(['cat'], input=b'bytes in\n', capture_output=True).stdout)
print(subprocess.run(['cat'], input='text in\n', capture_output=True, text=True).stdout)
print(subprocess.run(['tr', 'a-z', 'A-Z'], input='shout', stdout=subprocess.PIPE, text=True).stdout)

# More than two pipes' worth each way: the parent must read while it writes.
big = bytes(range(256)) * 4000
result = subprocess.run(['cat'], input=big, capture_output=True)
print(len(result.stdout), result.stdout == big, result.stderr)

result = subprocess.run(['sh', '-c', 'head -c 2000000 /dev/zero; echo done >&2'], capture_output=True)
print(len(result.stdout), set(result.stdout), result.stderr)

result = subprocess.run(['sh', '-c', 'echo to-out; echo to-err >&2; exit 2'], capture_output=True, text=True)
print(result.returncode, repr(result.stdout), repr(result.stderr))

result = subprocess.run(['sh', '-c', 'echo one; echo two >&2; echo three'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(result.stdout.splitlines())

result = subprocess.run(['cat'], stdin=subprocess.DEVNULL, capture_output=True)
print(result.stdout)

result = subprocess.run(['sh', '-c', 'echo gone'], stdout=subprocess.DEVNULL)
print(result.stdout, result.returncode)
