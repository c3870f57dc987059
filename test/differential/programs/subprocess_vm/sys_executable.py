# sys.executable names the running interpreter, so a program can start another.
import os
import subprocess
import sys

print(os.path.isabs(sys.executable), os.access(sys.executable, os.X_OK))
print(subprocess.run([sys.executable, '-c', 'print(1)'], capture_output=True).args[1:])
print(subprocess.run([sys.executable, '-c', 'print(1)'], capture_output=True).stdout)
result = subprocess.run([sys.executable, '-c', 'import sys; print(sys.stdin.read().upper()); sys.exit(3)'],
                        input='piped', capture_output=True, text=True)
print(result.returncode, repr(result.stdout))
result = subprocess.run([sys.executable, '-c', 'raise ValueError("child")'], capture_output=True, text=True)
print(result.returncode, result.stderr.splitlines()[-1])
print(subprocess.check_output([sys.executable, '-c', 'import os; print(os.environ["X"])'], env={**os.environ, 'X': 'y'}))
