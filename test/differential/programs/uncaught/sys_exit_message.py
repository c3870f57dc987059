# sys.exit with a string prints it to stderr and exits with status 1.
import sys
print('working')
items = []
if not items:
    sys.exit('error: no items given')
print('unreachable')
