# Guards are evaluated after binding; names bind even if the guard fails.
def f(v):
    match v:
        case (a, b) if a > b:
            return f'desc {a}>{b}'
        case (a, b) if a == b:
            return f'equal {a}'
        case (a, b):
            return f'asc {a}<{b}'
        case n if isinstance(n, int) and n % 2:
            return 'odd int'
    return 'fell through'
for v in ((3, 1), (2, 2), (1, 5), 7, 8, 'x'):
    print(v, f(v))
match (1, 2):
    case (x, y) if False:
        pass
print(x, y)
