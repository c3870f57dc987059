# match with literal patterns, or-patterns, and the wildcard.
def describe(x):
    match x:
        case 0:
            return 'zero'
        case 1 | 2 | 3:
            return 'small'
        case 'hello':
            return 'greeting'
        case True:
            return 'true!'
        case None:
            return 'none'
        case -1.5:
            return 'neg float'
        case _:
            return 'other'
for v in (0, 2, 'hello', True, None, -1.5, 1.0, 99, False):
    print(repr(v), describe(v))
