# raise ... from sets __cause__ and __suppress_context__; from None suppresses.
try:
    try:
        {}['k']
    except KeyError as e:
        raise ValueError('converted') from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError('hidden') from None
except RuntimeError as e:
    print(repr(e), e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
try:
    raise TypeError('x') from 5
except TypeError as e:
    print(type(e).__name__, e)
