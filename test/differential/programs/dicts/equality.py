# Dict equality ignores order; keys with equal hashes collapse (1, 1.0, True).
print({'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {1: 'x'} == {1.0: 'x'}, {1: 2} != {1: 3})
d = {True: 'bool', 1: 'int', 1.0: 'float'}
print(d, list(d.keys())[0] is True)
print({'a': [1]} == {'a': [1]}, {} == dict())
try:
    {1: 2} < {1: 3}
except TypeError as e:
    print(type(e).__name__, e)
