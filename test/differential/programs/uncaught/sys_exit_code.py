# sys.exit(3) exits with status 3 and no traceback.
import sys
print('about to exit')
sys.stdout.flush()
def main():
    return 3
sys.exit(main())
print('unreachable')
