# sys.exit inside finally replaces an in-flight exception.
import sys
try:
    print('try')
    raise ValueError('lost')
finally:
    print('finally')
    sys.exit(4)
