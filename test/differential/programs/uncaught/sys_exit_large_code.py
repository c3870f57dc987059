# sys.exit with a code above 255 is truncated by the OS to the low byte.
import sys
print('exit with 258')
code = 256 + 2
sys.exit(code)
