# assert raises AssertionError with the optional message, and passes silently when true.
assert True
assert 1 == 1, 'never shown'
try:
    assert 1 == 2
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert [], 'empty list is falsy'
except AssertionError as e:
    print(type(e).__name__, e)
try:
    assert False, {'detail': 42}
except AssertionError as e:
    print(e.args[0]['detail'])
x = 5
try:
    assert x > 10, f'x too small: {x}'
except AssertionError as e:
    print(e)
