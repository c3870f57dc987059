# Dict and set comprehensions, including key collisions and inversion.
words = ['apple', 'bob', 'cat', 'avocado', 'banana']
print({w: len(w) for w in words})
print({w[0]: w for w in words})
print(sorted({len(w) for w in words}))
d = {'a': 1, 'b': 2}
print({v: k for k, v in d.items()}, {k: v for k, v in zip(range(3), 'xyz') if k != 1})
