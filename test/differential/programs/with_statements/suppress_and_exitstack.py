# contextlib.suppress, ExitStack callbacks and closing.
from contextlib import suppress, ExitStack, closing, nullcontext
with suppress(KeyError, IndexError):
    [][0]
print('suppressed')
with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, 'callback', i)
    print('in stack')
class Res:
    def close(self):
        print('closed')
with closing(Res()):
    print('using')
with nullcontext(42) as v:
    print(v)
