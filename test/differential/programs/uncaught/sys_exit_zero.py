# sys.exit(0) and sys.exit(None) end the program successfully without a traceback.
import sys
print('start')
try:
    sys.exit(5)
except SystemExit as e:
    print('caught exit', e.code)
sys.exit(None)
