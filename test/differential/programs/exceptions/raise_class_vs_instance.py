# Raising a class instantiates it; raising non-exceptions is a TypeError.
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise 'string'
except TypeError as e:
    print(type(e).__name__, e)
class NotExc:
    pass
try:
    raise NotExc
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise ValueError('x') from 'y'
except TypeError as e:
    print(type(e).__name__, e)
