# contextlib.contextmanager-based managers, including exception handling inside.
from contextlib import contextmanager
@contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name
    except ValueError as e:
        print('handled in cm:', e)
    finally:
        print(f'</{name}>')
with tag('p') as t:
    print('content', t)
with tag('div'):
    raise ValueError('inside div')
print('continues')
try:
    with tag('span'):
        raise TypeError('not handled')
except TypeError as e:
    print('outside', e)
