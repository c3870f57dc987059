# SystemExit can be caught; its code attribute reflects the argument.
import sys
for arg in ((), (0,), (3,), ('message',), (None,)):
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(repr(e.code), e.args)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print(e.code)
try:
    exit_fn = sys.exit
    exit_fn(7)
except BaseException as e:
    print(type(e).__name__, isinstance(e, Exception))
