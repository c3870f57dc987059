# Set displays of constants compile to a frozenset constant merged into a new set; the
# set keeps the constant's table, so colliding members sit (and iterate) as in CPython.
# One-character names such as 'a' or '_' are interned at start-up by CPython, which
# rebuilds the constant once more.

print({7, 15, 23})
print({15, 7, 23, 31})
print([x for x in {7, 15, 23, 31, 39}])
print(frozenset({7, 15, 23}), list(frozenset({23, 15, 7})))
print({1, 9, 17, 25, 33, 7, 15}, {7, 15, 1, 9})
print({5, 13, 21, 29, 37, 45, 53, 61})
print({6, 14, 7, 15})
print({-13, 86, 'y', 85, -6, -15, 75, 11, 43, -2, 44})
print({-13, 86, 'g', 85, -6, -15, 75, 11, 43, -2, 44})
print({-13, 86, '_', 85, -6, -15, 75, 11, 43, -2, 44})
print({-13, 86, '0', 85, -6, -15, 75, 11, 43, -2, 44})


def member(x):
    return x in {8, 16, 0, 24, 32}


print(member.__code__.co_consts, member(16), member(3))
for x in {7, 15, 23, 31}:
    print(x, end=' ')
print()

grown = {7, 15, 23}
grown.add(31)
grown.add(39)
grown.discard(15)
grown.add(47)
print(grown)
print({*{7, 15, 23}, 31, *[47, 55]})
print({7, 15, 23} | {31, 39, 47}, {7, 15, 23} ^ {23, 31, 39})
