# len() on builtin containers and strings with non-ASCII characters.
print(len(''), len('héllo'), len('\U0001F600'), len(b'\xff\xfe'), len([1, [2, 3]]), len((1,)))
print(len({}), len({1: 2, 3: 4}), len({1, 1, 2}), len(range(0, 100, 7)), len(frozenset('aab')), len(bytearray(5)))
print(len(dict.fromkeys('hello')), len(' '.join(['a'] * 5)))
try:
    len(iter([]))
except TypeError as e:
    print(type(e).__name__, e)
