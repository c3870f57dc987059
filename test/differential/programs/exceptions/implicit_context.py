# Raising inside an except block sets __context__ automatically.
try:
    try:
        raise KeyError('first')
    except KeyError:
        raise IndexError('second')
except IndexError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise ValueError('a')
    finally:
        pass
except ValueError as e:
    print(repr(e), e.__context__)
def f():
    try:
        raise OSError('inner')
    except OSError:
        return sys_exc()
import sys
def sys_exc():
    return repr(sys.exc_info()[1])
print(f(), sys.exc_info())
