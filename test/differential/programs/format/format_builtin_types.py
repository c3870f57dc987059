# format() of bool, None, lists and tuples, and datetime-free builtins.
print(format(True), format(True, 'd'), format(False, '>5'), format(True, '^7'), f'{True:x}')
print(format(None), format([1, 2]), format((1,)), format({'a': 1}))
try:
    format(None, 'd')
except TypeError as e:
    print(type(e).__name__, e)
try:
    format([1], '>10')
except TypeError as e:
    print(type(e).__name__, e)
print(format(3 + 4j, ''), format(2.5, ''), format(10, 'x'))
