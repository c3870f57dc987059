# Sequence patterns with fixed length, star captures and nested sequences.
def shape(seq):
    match seq:
        case []:
            return 'empty'
        case [x]:
            return f'one: {x}'
        case [x, y]:
            return f'two: {x},{y}'
        case [first, *middle, last]:
            return f'first={first} middle={middle} last={last}'
for s in ([], [1], (1, 2), [1, 2, 3, 4], range(3), 'ab', [[1, 2]]):
    print(repr(s), shape(s))
match [1, [2, 3]]:
    case [a, [b, *c]]:
        print(a, b, c)
