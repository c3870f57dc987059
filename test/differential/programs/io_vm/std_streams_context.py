# The standard streams are context managers, as every io object: leaving the with
# block closes the stream (json.tool does `with sys.stdout as outfile`).
import sys

print(hasattr(sys.stdout, '__enter__'), hasattr(sys.stdout, '__exit__'), sys.stdout.closed)
with sys.stdin as stream:
    print(stream is sys.stdin, stream.closed)
print(sys.stdin.closed)
try:
    sys.stdin.readline()
except ValueError as error:
    print('ValueError:', error)
try:
    with sys.stdin:
        pass
except ValueError as error:
    print('ValueError:', error)
sys.stdout.flush()
