# AS-patterns capture the whole matched subject or sub-pattern.
def g(v):
    match v:
        case [int() as first, *_] as whole:
            return f'int list starting {first}: {whole}'
        case (str() | bytes()) as s:
            return f'text-like {s!r}'
        case {'k': [_, _] as pair}:
            return f'pair {pair}'
    return 'none'
for v in ([1, 2], 'hi', b'by', {'k': [3, 4]}, {'k': [1]}, [1.5]):
    print(g(v))
